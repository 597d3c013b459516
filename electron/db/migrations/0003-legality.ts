import type { Migration } from '../migration';

/*
 * Columns of `acts` as of this migration, except the ones an executory act may still receive
 * once (see below). The lock trigger compares each of them: a later migration that adds a column
 * to `acts` must recreate `acts_locked_update` with the new column in this list.
 */
const FROZEN_COLUMNS = [
  'id',
  'session_id',
  'number',
  'object',
  'service_code_lines',
  'examination_sentence',
  'presiding_id',
  'visas',
  'considerants',
  'decisions',
  'decision_notes',
  'outcome',
  'annexes',
  'internal_id',
  'nature',
  'executory_date',
  'online_date',
  'transmission_date',
  'corrects_act_id',
];

const LOCK_MESSAGE =
  "Acte exécutoire verrouillé : un acte dont la date exécutoire est renseignée ne peut plus être modifié ni supprimé ; " +
  "pour le corriger, créez un nouvel acte qui cite celui qu'il corrige (corrects_act_id).";
const ATTENDANCE_LOCK_MESSAGE =
  'Acte exécutoire verrouillé : les présences, pouvoirs et retraits d’un acte exécutoire ne peuvent plus être modifiés ; ' +
  'pour le corriger, créez un nouvel acte qui cite celui qu’il corrige.';

/**
 * Legality: transmission date, @ctes subject classification (matière) with its version date, the
 * act an act corrects, and the lock of executory acts, enforced in SQL whatever the caller.
 *
 * Once `executory_date` is set, the act row cannot be deleted nor changed — its publication and
 * transmission dates included: they made it executory. Two facts may still be filled ONCE, from
 * empty, because they are evidence about the act and not its content: the legality reception
 * date (the @ctes AR often arrives after the act became executory on its transmission date; it
 * must not be later than the executory date), and the @ctes classification of an act imported
 * without one. The act's attendance rows are frozen (no insert, update or delete). A correction
 * is a new act whose `corrects_act_id` names the act it corrects. The table `ctes_classification`
 * holds the préfecture's classification once imported.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'legality',
  sql: `
ALTER TABLE acts ADD COLUMN transmission_date TEXT
  CHECK (transmission_date IS NULL OR transmission_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]');
-- @ctes matière, 2 to 5 levels separated by dots ("7.3", "3.2.1"): the codes are texts, "7.10" is not "7.1".
ALTER TABLE acts ADD COLUMN subject_code TEXT
  CHECK (subject_code IS NULL OR (subject_code GLOB '[1-9]*.[1-9]*' AND subject_code NOT GLOB '*[^0-9.]*'
    AND subject_code NOT GLOB '*..*' AND subject_code NOT GLOB '*.' AND subject_code NOT GLOB '*.*.*.*.*.*'));
-- DateClassification of the classification the subject code was taken from (ClassificationDateVersion).
ALTER TABLE acts ADD COLUMN classification_date TEXT
  CHECK (classification_date IS NULL OR classification_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]');
ALTER TABLE acts ADD COLUMN corrects_act_id INTEGER REFERENCES acts (id)
  CHECK (corrects_act_id IS NULL OR corrects_act_id <> id);

CREATE TRIGGER acts_locked_update BEFORE UPDATE ON acts
WHEN OLD.executory_date IS NOT NULL AND NOT (
  ${FROZEN_COLUMNS.map((c) => `NEW.${c} IS OLD.${c}`).join('\n  AND ')}
  AND (NEW.legality_reception_date IS OLD.legality_reception_date
    OR (OLD.legality_reception_date IS NULL AND NEW.legality_reception_date <= OLD.executory_date))
  AND (NEW.subject_code IS OLD.subject_code OR OLD.subject_code IS NULL)
  AND (NEW.classification_date IS OLD.classification_date OR OLD.classification_date IS NULL)
)
BEGIN
  SELECT RAISE(ABORT, '${LOCK_MESSAGE.replaceAll("'", "''")}');
END;

CREATE TRIGGER acts_locked_delete BEFORE DELETE ON acts WHEN OLD.executory_date IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, '${LOCK_MESSAGE.replaceAll("'", "''")}');
END;

CREATE TRIGGER act_attendance_locked_insert BEFORE INSERT ON act_attendance
WHEN (SELECT executory_date FROM acts WHERE id = NEW.act_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, '${ATTENDANCE_LOCK_MESSAGE}');
END;

CREATE TRIGGER act_attendance_locked_update BEFORE UPDATE ON act_attendance
WHEN (SELECT executory_date FROM acts WHERE id = OLD.act_id) IS NOT NULL
  OR (SELECT executory_date FROM acts WHERE id = NEW.act_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, '${ATTENDANCE_LOCK_MESSAGE}');
END;

CREATE TRIGGER act_attendance_locked_delete BEFORE DELETE ON act_attendance
WHEN (SELECT executory_date FROM acts WHERE id = OLD.act_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, '${ATTENDANCE_LOCK_MESSAGE}');
END;

-- The préfecture's @ctes classification in use (RetourClassification XML as received); none: the
-- classification shipped with the app (reference/ctes-classification.xml) applies.
CREATE TABLE ctes_classification (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  classification_date TEXT NOT NULL CHECK (classification_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  xml TEXT NOT NULL CHECK (length(xml) > 0),
  imported_at TEXT NOT NULL
) STRICT;

CREATE INDEX acts_by_correction ON acts (corrects_act_id) WHERE corrects_act_id IS NOT NULL;
`,
};
