import type { BodyCode } from '../../../shared/domain/body';
import { AppError } from '../../../shared/domain/errors';
import { listName } from '../../../shared/domain/member';
import type { Act, Session } from '../../../shared/domain/session';
import type { ActState } from '../../../shared/rules/act-state';
import { actState, isEditable, stateLabel } from '../../../shared/rules/act-state';
import { formatActNumber } from '../../../shared/rules/numbering';
import type { Db } from '../../db/open';
import { actJourneys } from '../../db/repositories/act-life';
import { actOf, sessionWithActs } from '../../db/repositories/session-acts';

/** A session and its acts as the editing services need them, read inside their transaction. */
export interface SessionContext {
  session: Session;
  acts: Act[];
  numberOf: (act: Act) => string;
  stateOf: (act: Act) => ActState;
  /** The state as the screens name it (« signé » once its extract is signed). */
  stateLabelOf: (act: Act) => string;
  editable: (act: Act) => boolean;
  /** Executory or signed: the act and what it prints are sealed (migrations 0003, 0005, 0008). */
  sealed: (act: Act) => boolean;
  /** The act printed `number` (e.g. "G25"), or a French not_found. */
  act: (number: string) => Act;
  /** A member of the session's roster, or a French not_found naming `field`. */
  nameOf: (memberId: number, field: string) => string;
}

export function sessionContext(db: Db, body: BodyCode, date: string): SessionContext {
  const { session, acts } = sessionWithActs(db, body, date);
  const journeys = actJourneys(db, session.id);
  const journey = (a: Act) => journeys.get(a.id) ?? { transmitted: false, signed: false };
  const stateOf = (a: Act) => actState({ outcome: a.outcome, transmitted: journey(a).transmitted, executoryDate: a.executoryDate, onlineDate: a.onlineDate });
  const numberOf = (a: Act) => formatActNumber({ series: session.body.series, value: a.number });
  return {
    session,
    acts,
    numberOf,
    stateOf,
    stateLabelOf: (a) => stateLabel(stateOf(a), journey(a).signed),
    editable: (a) => isEditable(stateOf(a), journey(a).signed),
    sealed: (a) => a.executoryDate !== null || journey(a).signed,
    act: (number) => actOf(session, acts, number),
    nameOf: (memberId, field) => {
      const m = session.roster.find((x) => x.id === memberId);
      if (m === undefined) throw new AppError('not_found', `${field} : l'élu n° ${memberId} n'est pas membre en exercice de cette séance.`, field);
      return listName(m);
    },
  };
}

/** Refuses to change an act that has left the secretariat, saying why and what to do instead. */
export function assertEditable(ctx: SessionContext, act: Act): void {
  if (ctx.editable(act)) return;
  throw new AppError(
    'locked',
    `${ctx.numberOf(act)} est ${ctx.stateLabelOf(act)} : il ne peut plus être modifié ; pour le corriger, créez un nouvel acte qui cite celui qu'il corrige.`,
    'act',
  );
}
