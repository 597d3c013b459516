import { validationError } from '../domain/errors';
import type { Outcome } from '../domain/outcome';
import { adopts } from '../domain/outcome';
import type { ActVerdict } from './act-verdict';
import { checkVote } from './vote';

/**
 * What makes an act stand once its attendance is computed, for the import and the editing alike:
 * an adopted act has its quorum, and its vote has no more voices than voters (present members and
 * procurations). Throws the first broken rule as a French validation error, e.g.
 * « le quorum n'est pas atteint (15 + 5 < 24, CGCT L3121-14-1) : l'acte ne peut pas être adopté. »
 *
 * @example checkActStands(act.outcome, actVerdict(session, act))
 */
export function checkActStands(outcome: Outcome, verdict: Pick<ActVerdict, 'quorum' | 'counts'>): void {
  if (!verdict.quorum.met && adopts(outcome)) {
    throw validationError(`le quorum n'est pas atteint (${verdict.quorum.figures}, ${verdict.quorum.article}) : l'acte ne peut pas être adopté.`);
  }
  checkVote(outcome, verdict.counts.present + verdict.counts.proxies, null);
}
