import type { Migration } from '../migration';

const sqlText = (s: string) => `'${s.replaceAll("'", "''")}'`;

const ANNEX_MESSAGE =
  'Annexe verrouillée : les annexes d’un acte qui a quitté le secrétariat (signé, transmis, exécutoire ou publié) ne peuvent plus être ' +
  'ajoutées, modifiées ni retirées ; pour le corriger, créez un nouvel acte qui cite celui qu’il corrige.';
const PAPER_MESSAGE =
  'Pièces papier verrouillées : la mention des pièces envoyées par courrier d’un acte qui a quitté le secrétariat ne peut plus changer.';

/** Whether the act `id` has left the secretariat: what it prints and sends can no longer change. */
const outOfSecretariat = (id: string) =>
  `(EXISTS (SELECT 1 FROM acts a WHERE a.id = ${id} AND (a.transmission_date IS NOT NULL OR a.legality_reception_date IS NOT NULL
     OR a.executory_date IS NOT NULL OR a.online_date IS NOT NULL))
   OR EXISTS (SELECT 1 FROM signatures g WHERE g.act_id = ${id}))`;

/** A trigger refusing the write with `message` when `when` holds. */
const seal = (name: string, on: string, when: string, message: string) => `CREATE TRIGGER ${name} ${on} WHEN ${when}
BEGIN
  SELECT RAISE(ABORT, ${sqlText(message)});
END;`;

/** A journal row about an act's annex ('acte' subject), written like those of migration 0007. */
const journal = (row: 'NEW' | 'OLD', before: string, after: string) => `INSERT INTO journal (author, session_id, body, session_date, act_id, act, subject, before, after)
  SELECT c.author, s.id, b.code, s.date, a.id, b.series || a.number, 'acte', ${before}, ${after}
  FROM journal_context c JOIN acts a ON a.id = ${row}.act_id JOIN sessions s ON s.id = a.session_id JOIN bodies b ON b.id = s.body_id
  WHERE c.id = 1;`;

const annexLabel = (row: 'NEW' | 'OLD') =>
  `'annexe « ' || ${row}.title || ' » (' || ${row}.file_name || ', ' || ${row}.page_count || ' p., ' || COALESCE(${row}.piece_type, 'type par défaut') || ')'`;

/**
 * Annex files: PDFs the secretary attaches to an act (a plan, a table, a partner's signed
 * convention), kept whole in the register, printed after the act in the recueil and sent to the
 * préfecture as its @ctes annexes, in `position` order. `piece_type` is the @ctes CodeTypePJ
 * (null: the default type of the act's nature). `act_paper_pieces` marks the acts whose paper
 * pieces follow by mail (actes:DocumentPapier « O »). Both are sealed with their act once it
 * has left the secretariat; adding or removing an annex is journaled (by triggers not named
 * journal_row_…: no bulk import writes annexes, so none has to set them aside).
 */
export const migration0011: Migration = {
  version: 11,
  name: 'act-annexes',
  sql: `
CREATE TABLE act_annexes (
  id INTEGER PRIMARY KEY,
  act_id INTEGER NOT NULL REFERENCES acts (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 1),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 300),
  piece_type TEXT CHECK (piece_type IS NULL OR piece_type GLOB '[0-9][0-9]_[A-Z][A-Z]'),
  file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
  page_count INTEGER NOT NULL CHECK (page_count >= 1),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  pdf BLOB NOT NULL CHECK (length(pdf) > 0),
  UNIQUE (act_id, position)
) STRICT;

CREATE TABLE act_paper_pieces (
  act_id INTEGER PRIMARY KEY REFERENCES acts (id) ON DELETE CASCADE
) STRICT;

${seal('act_annexes_sealed_insert', 'BEFORE INSERT ON act_annexes', outOfSecretariat('NEW.act_id'), ANNEX_MESSAGE)}
${seal('act_annexes_sealed_update', 'BEFORE UPDATE ON act_annexes', `${outOfSecretariat('OLD.act_id')} OR ${outOfSecretariat('NEW.act_id')}`, ANNEX_MESSAGE)}
${seal('act_annexes_sealed_delete', 'BEFORE DELETE ON act_annexes', outOfSecretariat('OLD.act_id'), ANNEX_MESSAGE)}
${seal('act_paper_pieces_sealed_insert', 'BEFORE INSERT ON act_paper_pieces', outOfSecretariat('NEW.act_id'), PAPER_MESSAGE)}
${seal('act_paper_pieces_sealed_update', 'BEFORE UPDATE ON act_paper_pieces', '1', PAPER_MESSAGE)}
${seal('act_paper_pieces_sealed_delete', 'BEFORE DELETE ON act_paper_pieces', outOfSecretariat('OLD.act_id'), PAPER_MESSAGE)}

CREATE TRIGGER journal_act_annex_insert AFTER INSERT ON act_annexes
BEGIN
  ${journal('NEW', 'NULL', `${annexLabel('NEW')} || ' jointe'`)}
END;

CREATE TRIGGER journal_act_annex_delete AFTER DELETE ON act_annexes
WHEN EXISTS (SELECT 1 FROM acts WHERE id = OLD.act_id)
BEGIN
  ${journal('OLD', annexLabel('OLD'), "'annexe retirée'")}
END;
`,
};
