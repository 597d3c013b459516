import type { ActReferenceView } from '../../../shared/contract/channels/legality';
import type { BodyCode } from '../../../shared/domain/body';
import { getCollectivity } from '../../db/repositories/collectivity';
import { actSubject, clearSubject, setActNature, updateSubject } from '../../db/repositories/legality';
import { internalNumbersOn } from '../../db/repositories/settings';
import { buildCtesId, checkCtesIdUnique, NATURES, type NatureCode } from '../../../shared/rules/ctes-id';
import type { Db } from '../../db/open';
import { activeClassification, findSubject, type Classification } from '../ctes/ctes-classification';
import { assertEditable, sessionContext } from './session-context';

/** The matières an act may cite (two levels or more), each labelled with its parents: "7.3 Finances locales – Emprunts". */
export function citableSubjects(c: Classification): { code: string; label: string }[] {
  const labels = new Map(c.subjects.map((s) => [s.code, s.label]));
  return c.subjects
    .filter((s) => s.level >= 2)
    .map((s) => {
      const parts = s.code.split('.');
      const path = parts.map((_, i) => labels.get(parts.slice(0, i + 1).join('.')) ?? '');
      return { code: s.code, label: `${s.code} ${path.filter((l) => l !== '').join(' – ')}` };
    });
}

const subjectOf = (db: Db, actId: number): string | null => actSubject(db, actId).subjectCode;

/** The @ctes nature and matière of an act, with the natures and matières of the classification in force. */
export function actReference(db: Db, body: BodyCode, date: string, number: string): ActReferenceView {
  const ctx = sessionContext(db, body, date);
  const act = ctx.act(number);
  const classification = activeClassification(db);
  return {
    number: ctx.numberOf(act),
    nature: act.nature,
    subject: subjectOf(db, act.id),
    editable: ctx.editable(act),
    classificationDate: classification.date,
    natures: NATURES.map((n) => ({ code: n.code, label: n.label })),
    subjects: citableSubjects(classification),
  };
}

/**
 * Sets the nature and the matière of an act that has not left the secretariat: the matière must be
 * in the classification in force (refused with its value otherwise), the nature must keep the act's
 * @ctes identifier unique on its date. One transaction.
 */
export function setActReference(
  db: Db,
  input: { body: BodyCode; date: string; act: string; nature: NatureCode; subject: string | null },
): ActReferenceView {
  const classification = activeClassification(db);
  db.transaction(() => {
    const ctx = sessionContext(db, input.body, input.date);
    const act = ctx.act(input.act);
    assertEditable(ctx, act);
    const subject = input.subject === null || input.subject === '' ? null : input.subject;
    if (subject !== null) findSubject(classification, subject, ctx.numberOf(act));
    if (input.nature !== act.nature && act.internalId !== null) {
      const collectivity = getCollectivity(db);
      if (collectivity !== null) {
        const id = (nature: NatureCode, internalNumber: string) =>
          buildCtesId({ departmentCode: collectivity.departmentCode, siren: collectivity.siren, decisionDate: ctx.session.date, internalNumber, nature });
        checkCtesIdUnique(
          id(input.nature, act.internalId),
          internalNumbersOn(db, ctx.session.date).map((r) => id(r.nature, r.internalId)),
        );
      }
      setActNature(db, act.id, input.nature);
    }
    if (subject === null) clearSubject(db, act.id);
    else if (subject !== subjectOf(db, act.id)) updateSubject(db, act.id, subject, classification.date);
  })();
  return actReference(db, input.body, input.date, input.act);
}
