import { AppError } from '../../../shared/domain/errors';
import type { Act, Session } from '../../../shared/domain/session';
import { formatActNumber } from '../../../shared/rules/numbering';
import type { Db } from '../../db/open';
import { insertAct, lastActNumberUsed, loadActs } from '../../db/repositories/acts';
import { getCollectivity } from '../../db/repositories/collectivity';
import { internalNumberAllocator } from '../ctes/internal-numbers';
import { checkActsStand } from './act-checks';

/** What a new draft says; the rest (vote to come, attendance of the session) is the same for every new act. */
export type DraftContent = Pick<
  Act,
  'object' | 'serviceCodeLines' | 'examinationSentence' | 'visas' | 'considerants' | 'decisions' | 'decisionNotes' | 'annexes' | 'nature'
>;

/**
 * Adds a draft (vote to come) to a session's ordre du jour under the next number never given in
 * it, with its @ctes internal number made from the collectivity's pattern; `correctsActId` names
 * the act it corrects. Runs inside the caller's transaction.
 */
export function appendDraft(db: Db, session: Session, content: DraftContent, correctsActId: number | null = null): { id: number; number: string } {
  const collectivity = getCollectivity(db);
  if (collectivity === null) throw new AppError('not_found', 'Ce registre est vide : aucune collectivité.', 'collectivity');
  const last = lastActNumberUsed(db, session.id);
  const number = last + 1;
  const internalId = internalNumberAllocator(db, collectivity, session.body.code, session.body.series, session.date)({
    number,
    nature: content.nature,
    internalId: null,
  });
  const id = insertAct(
    db,
    {
      ...content,
      sessionId: session.id,
      number,
      presidingId: null,
      outcome: { kind: 'pending' },
      internalId,
      legalityReceptionDate: null,
      executoryDate: null,
      onlineDate: null,
      changes: [],
    },
    correctsActId,
  );
  checkActsStand(session, loadActs(db, session.id).filter((a) => a.number === number));
  return { id, number: formatActNumber({ series: session.body.series, value: number }) };
}
