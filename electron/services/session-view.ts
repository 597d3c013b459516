import type { BodyCode } from '../../shared/domain/body';
import { AppError } from '../../shared/domain/errors';
import { formalName, listName, printedList, proxyName } from '../../shared/domain/member';
import type { Act } from '../../shared/domain/session';
import type { ActState } from '../../shared/rules/act-state';
import { actState, isEditable, stateLabel } from '../../shared/rules/act-state';
import type { ActVerdict } from '../../shared/rules/act-verdict';
import { actVerdict } from '../../shared/rules/act-verdict';
import { longDate, printedTime } from '../../shared/rules/french-dates';
import { formatActNumber, parseActNumber } from '../../shared/rules/numbering';
import type { Db } from '../db/open';
import { actJourneys } from '../db/repositories/act-life';
import { loadActs } from '../db/repositories/acts';
import { loadSession } from '../db/repositories/sessions';

export interface ActSummary {
  number: string;
  object: string;
  verdict: ActVerdict;
  act: Act;
  state: ActState;
  /** The state as the screens name it (« signé » once its extract is signed). */
  stateLabel: string;
  /** Whether its text, vote and attendance may still change. */
  editable: boolean;
}

/** Every act of a session with its computed attendance, quorum and presiding member. */
export function sessionActs(db: Db, body: BodyCode, date: string, only?: string) {
  const session = loadSession(db, body, date);
  const wanted = only === undefined ? undefined : parseActNumber(only, session.body.series).value;
  const acts = loadActs(db, session.id).filter((a) => wanted === undefined || a.number === wanted);
  const journeys = actJourneys(db, session.id);
  if (only !== undefined && acts.length === 0) {
    throw new AppError('not_found', `L'acte ${only} n'existe pas dans la séance du ${longDate(date)}.`, 'act');
  }
  return {
    session,
    acts: acts.map(
      (a): ActSummary => {
        const journey = journeys.get(a.id) ?? { transmitted: false, signed: false };
        const state = actState({ outcome: a.outcome, transmitted: journey.transmitted, executoryDate: a.executoryDate, onlineDate: a.onlineDate });
        return {
          number: formatActNumber({ series: session.body.series, value: a.number }),
          object: a.object,
          verdict: actVerdict(session, a),
          act: a,
          state,
          stateLabel: stateLabel(state, journey.signed),
          editable: isEditable(state, journey.signed),
        };
      },
    ),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** The `registre show` report: one line per act, or the four lists of one act. */
export function showSession(db: Db, body: BodyCode, date: string, act?: string): string {
  const { session, acts } = sessionActs(db, body, date, act);
  const lines = [
    `${session.body.name} — séance du ${longDate(session.date)} à ${printedTime(session.time)}, ${session.place}`,
    `Membres en exercice : ${session.roster.length} ; ${plural(acts.length, 'acte', 'actes')}`,
  ];
  for (const a of acts) {
    const v = a.verdict;
    const c = v.counts;
    const quorum = `${v.quorum.met ? 'quorum atteint' : 'QUORUM NON ATTEINT'} (${v.quorum.figures}, ${v.quorum.article})`;
    lines.push(
      '',
      `${a.number} — ${a.object}`,
      `  ${plural(c.present, 'présent', 'présents')}, ${plural(c.proxies, 'procuration', 'procurations')}, ` +
        `${plural(c.excused, 'excusé', 'excusés')}, ${plural(c.absent, 'absent', 'absents')} = ${c.present + c.proxies + c.excused + c.absent} ; ${quorum}`,
      `  Présidence : ${formalName(v.presiding)}, ${v.presidingQuality}`,
    );
    if (act !== undefined) {
      lines.push(
        `  ${printedList('Présents', v.present.map(listName))}`,
        `  ${printedList('Procurations', v.proxies.map(proxyName))}`,
        `  ${printedList('Excusés', v.excused.map(listName))}`,
        `  ${printedList('Absents', v.absent.map(listName))}`,
      );
      if (v.lapsed.length > 0) {
        lines.push(`  Procurations tombées (mandataire absent) : ${v.lapsed.map(proxyName).join(', ')}.`);
      }
    }
  }
  return lines.join('\n');
}
