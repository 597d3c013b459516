import type { Migration } from '../migration';

/*
 * The columns of `acts` whose content the signed extract shows: frozen once the act is signed.
 * A later migration that adds such a column must recreate `acts_signed_update` with it.
 */
const SIGNED_COLUMNS = [
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
  'corrects_act_id',
];

/*
 * What happens to an act after its signature (transmission, publication, accusé de réception,
 * @ctes classification): these facts may still be filled once, from empty, never changed.
 */
const LIFE_COLUMNS = [
  'transmission_date',
  'online_date',
  'executory_date',
  'legality_reception_date',
  'subject_code',
  'classification_date',
];

const sqlText = (s: string) => `'${s.replaceAll("'", "''")}'`;

const ACT_MESSAGE =
  'Acte signé verrouillé : un acte dont l’extrait a été signé électroniquement ne peut plus être modifié ni supprimé ; ' +
  'pour le corriger, créez un nouvel acte qui cite celui qu’il corrige.';
const ATTENDANCE_MESSAGE =
  'Acte signé verrouillé : les présences, pouvoirs et retraits d’un acte signé ne peuvent plus être modifiés ; ' +
  'pour le corriger, créez un nouvel acte qui cite celui qu’il corrige.';
const SIGNATURE_MESSAGE = 'Signature enregistrée : la signature d’un acte ne peut être ni modifiée ni supprimée.';

/**
 * Signatures: the signed PDF extract of an act, who signed it with which certificate, and the
 * delegation the secretary stated when the certificate holder is not the presiding member. One
 * signature per act. A signed act is locked in SQL whatever the caller (its content, its
 * attendance rows, the signature itself); the passphrase is never stored.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'signatures',
  sql: `
CREATE TABLE signatures (
  id INTEGER PRIMARY KEY,
  act_id INTEGER NOT NULL UNIQUE REFERENCES acts (id),
  signed_at TEXT NOT NULL CHECK (signed_at GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T*'),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  signer_member_id INTEGER NOT NULL REFERENCES members (id),
  -- "Jean-Louis MASSON, Président du Conseil départemental": the label written in the signature.
  signer_label TEXT NOT NULL CHECK (length(trim(signer_label)) > 0),
  certificate_subject TEXT NOT NULL CHECK (length(certificate_subject) > 0),
  certificate_issuer TEXT NOT NULL CHECK (length(certificate_issuer) > 0),
  serial_number TEXT NOT NULL CHECK (length(serial_number) > 0),
  not_before TEXT NOT NULL,
  not_after TEXT NOT NULL CHECK (not_after > not_before),
  -- Null: the certificate holder is the presiding member. Otherwise the secretary's statement.
  delegation TEXT CHECK (delegation IS NULL OR length(trim(delegation)) > 0),
  pdf BLOB NOT NULL CHECK (length(pdf) > 0)
) STRICT;

CREATE TRIGGER acts_signed_update BEFORE UPDATE ON acts
WHEN EXISTS (SELECT 1 FROM signatures WHERE act_id = OLD.id) AND NOT (
  ${SIGNED_COLUMNS.map((c) => `NEW.${c} IS OLD.${c}`).join('\n  AND ')}
  AND ${LIFE_COLUMNS.map((c) => `(NEW.${c} IS OLD.${c} OR OLD.${c} IS NULL)`).join('\n  AND ')}
)
BEGIN
  SELECT RAISE(ABORT, ${sqlText(ACT_MESSAGE)});
END;

CREATE TRIGGER acts_signed_delete BEFORE DELETE ON acts
WHEN EXISTS (SELECT 1 FROM signatures WHERE act_id = OLD.id)
BEGIN
  SELECT RAISE(ABORT, ${sqlText(ACT_MESSAGE)});
END;

CREATE TRIGGER act_attendance_signed_insert BEFORE INSERT ON act_attendance
WHEN EXISTS (SELECT 1 FROM signatures WHERE act_id = NEW.act_id)
BEGIN
  SELECT RAISE(ABORT, ${sqlText(ATTENDANCE_MESSAGE)});
END;

CREATE TRIGGER act_attendance_signed_update BEFORE UPDATE ON act_attendance
WHEN EXISTS (SELECT 1 FROM signatures WHERE act_id IN (OLD.act_id, NEW.act_id))
BEGIN
  SELECT RAISE(ABORT, ${sqlText(ATTENDANCE_MESSAGE)});
END;

CREATE TRIGGER act_attendance_signed_delete BEFORE DELETE ON act_attendance
WHEN EXISTS (SELECT 1 FROM signatures WHERE act_id = OLD.act_id)
BEGIN
  SELECT RAISE(ABORT, ${sqlText(ATTENDANCE_MESSAGE)});
END;

CREATE TRIGGER signatures_no_update BEFORE UPDATE ON signatures
BEGIN
  SELECT RAISE(ABORT, ${sqlText(SIGNATURE_MESSAGE)});
END;

CREATE TRIGGER signatures_no_delete BEFORE DELETE ON signatures
BEGIN
  SELECT RAISE(ABORT, ${sqlText(SIGNATURE_MESSAGE)});
END;
`,
};
