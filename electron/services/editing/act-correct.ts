import type { BodyCode } from '../../../shared/domain/body';
import { validationError } from '../../../shared/domain/errors';
import { longDate } from '../../../shared/rules/french-dates';
import type { Db } from '../../db/open';
import { actSubject, updateSubject } from '../../db/repositories/legality';
import { appendDraft } from './act-append';
import { sessionContext } from './session-context';

/**
 * « Corriger par un nouvel acte »: an act that has left the secretariat is never edited; a new
 * draft, prefilled with its text, nature and matière, is added to the session the secretary
 * chooses (on or after the corrected act's) and cites it (`corrects_act_id`, as a session file's
 * `corrects`). One transaction.
 */
export function correctAct(
  db: Db,
  input: { body: BodyCode; date: string; act: string; into: { body: BodyCode; date: string } },
): { body: BodyCode; date: string; number: string } {
  return db.transaction(() => {
    const from = sessionContext(db, input.body, input.date);
    const act = from.act(input.act);
    const label = from.numberOf(act);
    if (from.editable(act)) {
      throw validationError(`${label} n'a pas quitté le secrétariat : corrigez-le directement dans l'éditeur.`, 'act');
    }
    const into = sessionContext(db, input.into.body, input.into.date).session;
    if (into.date < from.session.date) {
      throw validationError(
        `séance : un acte ne peut en corriger un autre décidé après lui (séance du ${longDate(into.date)} avant celle du ${longDate(from.session.date)} de ${label}).`,
        'into',
      );
    }
    const { id, number } = appendDraft(db, into, act, act.id);
    const { subjectCode, classificationDate } = actSubject(db, act.id);
    if (subjectCode !== null && classificationDate !== null) updateSubject(db, id, subjectCode, classificationDate);
    return { body: input.into.body, date: into.date, number };
  })();
}
