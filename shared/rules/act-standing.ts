import { validationError } from '../domain/errors';
import type { Outcome } from '../domain/outcome';
import { isDecided } from '../domain/outcome';
import type { ActVerdict } from './act-verdict';
import { checkVote } from './vote';

/**
 * What makes an act stand once its attendance is computed, for the import and the editing alike:
 * a decided act (adopted or rejected) has its quorum — without it the assembly cannot deliberate at
 * all (CGCT L3121-14, L3121-14-1), and a rejection is a deliberation too; and its vote has no more
 * voices than voters (present members and procurations). Only « Vote à venir » stands without
 * quorum. Throws the first broken rule as a French validation error, e.g.
 * « le quorum n'est pas atteint (15 + 5 < 24, CGCT L3121-14-1 : … « ne peut délibérer si … ») : … »
 *
 * @example checkActStands(act.outcome, actVerdict(session, act))
 */
export function checkActStands(outcome: Outcome, verdict: Pick<ActVerdict, 'quorum' | 'counts'>): void {
  if (!verdict.quorum.met && isDecided(outcome)) {
    throw validationError(
      `le quorum n'est pas atteint (${verdict.quorum.figures}, ${verdict.quorum.article}) : l'assemblée ${QUORUM_TEXT(verdict.quorum.article)} ; ` +
        `un rejet est aussi une délibération : l'acte ne peut être ni adopté ni rejeté, il reste « Vote à venir » ou est retiré.`,
    );
  }
  checkVote(outcome, verdict.counts.present + verdict.counts.proxies, null);
}

/**
 * A voted act decides something: its extract prints « DÉCIDE : » then the decisions, then the
 * result, and with none it would read « DÉCIDE : Adopté à l'unanimité. ». A rejected act needs them
 * too: they are what the assembly refused, and its extract prints them. Checked apart from
 * checkActStands, which attendance changes run on every act of the session: an act recorded before
 * this rule is refused only when its vote or its decisions are saved again. Throws, e.g.
 * « Décisions : un acte voté doit décider quelque chose ; … ».
 *
 * @example checkActDecides({ kind: 'unanimity' }, ["d'approuver la convention."])
 */
export function checkActDecides(outcome: Outcome, decisions: readonly string[]): void {
  if (isDecided(outcome) && !decisions.some((d) => d.trim() !== '')) {
    throw validationError(
      'Décisions : un acte voté doit décider quelque chose (rejeté, il dit ce qui était proposé) ; ' +
        "écrivez au moins une décision avant d'enregistrer le résultat du vote.",
    );
  }
}

// The article's own words: the Commission permanente counts procurations (L3121-14-1), the Conseil only members present (L3121-14).
const QUORUM_TEXT = (article: string): string =>
  article.includes('L3121-14-1')
    ? '« ne peut délibérer si la majorité absolue de ses membres en exercice n\'est présente ou représentée »'
    : '« ne peut délibérer si la majorité absolue de ses membres en exercice n\'est présente »';
