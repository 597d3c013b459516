import type { Migration } from '../migration';

/*
 * The journal is written by SQL triggers, so that every writer (import, CLI, the app's services,
 * a raw SQL fix) is recorded without having to remember it. Each trigger inserts one row built by
 * `entry`: the session, the act, a subject and a readable "before" and "after".
 */

const sqlText = (s: string) => `'${s.replaceAll("'", "''")}'`;

const JOURNAL_MESSAGE = 'Journal des modifications : une entrée du journal ne peut être ni modifiée ni supprimée.';
const CONTEXT_MESSAGE = 'Journal des modifications : le contexte du journal ne peut pas être supprimé.';


const name = (id: string) => `(SELECT civility || ' ' || first_name || ' ' || last_name FROM members WHERE id = ${id})`;

const status = (s: string) =>
  `CASE ${s} WHEN 'present' THEN 'présent' WHEN 'absent' THEN 'absent' WHEN 'excused' THEN 'excusé' WHEN 'withdrawn' THEN 'retiré' END`;

const frDate = (d: string) => `substr(${d}, 9, 2) || '/' || substr(${d}, 6, 2) || '/' || substr(${d}, 1, 4)`;

/** "M. Jean DUPONT : absent, procuration à Mme Andrée SAMAT" — a member's session default. */
const sessionEntry = (row: 'NEW' | 'OLD') =>
  `${name(`${row}.member_id`)} || ' : ' || ${status(`${row}.status`)} || COALESCE(', procuration à ' || ${name(`${row}.holder_id`)}, '')`;

/** A member's per-act change, with the basis and the reason of a withdrawal. */
const actEntry = (row: 'NEW' | 'OLD') =>
  `${name(`${row}.member_id`)} || ' : ' || ${status(`${row}.status`)}` +
  ` || CASE ${row}.basis WHEN 'L1111-6' THEN ' (déport, L1111-6)' WHEN 'interest' THEN ' (intérêt à l''affaire)' ELSE '' END` +
  ` || COALESCE(', procuration à ' || ${name(`${row}.holder_id`)}, '') || COALESCE(' — ' || ${row}.reason, '')`;

/** What the session says for the member of an act's row (what applies without a per-act change). */
const sessionDefault = (row: 'NEW' | 'OLD') =>
  `${name(`${row}.member_id`)} || ' : selon la séance (' || COALESCE((SELECT ${status('sm.status')} || COALESCE(', procuration à ' || ${name('sm.holder_id')}, '')
     FROM session_members sm WHERE sm.session_id = s.id AND sm.member_id = ${row}.member_id), 'hors séance') || ')'`;

const DATE_COLUMNS = [
  ['transmission_date', 'transmission'],
  ['legality_reception_date', 'réception en préfecture'],
  ['executory_date', 'exécutoire'],
  ['online_date', 'mise en ligne'],
] as const;

/** The changed legality dates only: "réception en préfecture : 18/10/2023 ; exécutoire : —". */
const changedDates = (row: 'NEW' | 'OLD') =>
  `substr(${DATE_COLUMNS.map(
    ([c, label]) => `CASE WHEN NEW.${c} IS NOT OLD.${c} THEN ' ; ${label} : ' || COALESCE(${frDate(`${row}.${c}`)}, '—') ELSE '' END`,
  ).join(' || ')}, 4)`;

const presiding = (row: 'NEW' | 'OLD') => `COALESCE(${name(`${row}.presiding_id`)}, 'selon la séance (président ou ordre de préséance)')`;

interface Entry {
  /** A SQL expression: a quoted subject, or a CASE choosing one. */
  subject: string;
  before: string;
  after: string;
  /** The act's id expression; the act row is joined as `a` (its session as `s`). */
  act?: string;
  /** Without an act: the session's id expression. */
  session?: string;
}

/** The INSERT a trigger runs: who and when from journal_context, where from the act or session. */
function entry(e: Entry): string {
  const from =
    e.act === undefined
      ? `FROM journal_context c JOIN sessions s ON s.id = ${e.session ?? 'NULL'}`
      : `FROM journal_context c JOIN acts a ON a.id = ${e.act} JOIN sessions s ON s.id = a.session_id`;
  return `INSERT INTO journal (author, session_id, body, session_date, act_id, act, subject, before, after)
  SELECT c.author, s.id, b.code, s.date, ${e.act === undefined ? 'NULL' : 'a.id'}, ${e.act === undefined ? 'NULL' : 'b.series || a.number'},
    ${e.subject}, ${e.before}, ${e.after}
  ${from} JOIN bodies b ON b.id = s.body_id WHERE c.id = 1;`;
}

/** A row trigger; its name starts with journal_row_ (a bulk import sets these aside, see below). */
function trigger(nameOf: string, on: string, when: string | null, body: string): string {
  return `CREATE TRIGGER ${nameOf} ${on}${when === null ? '' : `
WHEN ${when}`}
BEGIN
  ${body}
END;`;
}

const SUBJECTS = [
  'présence',
  'procuration',
  'vote',
  'numéro',
  'référence',
  'dates',
  'signature',
  'présidence',
  'acte',
  'séance',
  'import',
  'restauration',
];

const attendanceSubject = `CASE WHEN NEW.holder_id IS NOT OLD.holder_id THEN 'procuration' ELSE 'présence' END`;

/**
 * The journal of changes: an append-only history of every change to attendance (session defaults
 * and per-act changes), procurations, votes, act numbers, references (@ctes internal number,
 * nature), legality dates, presiding members and signatures — who, when, before, after.
 *
 * Who: `journal_context.author`, the OS user name the app writes at every open (the app has no
 * login). A session import writes ONE « import » entry instead of one per member and per act: the
 * row triggers (named journal_row_…) are dropped and recreated inside the import's own transaction
 * (electron/services/journal.ts, startBulk/endBulk); SQLite's DDL is transactional, so no other
 * connection ever sees them missing and a failed import rolls them back with the rest.
 *
 * Append-only in SQL: UPDATE and DELETE of an entry are refused. There is no foreign key from the
 * journal to the acts: an entry outlives the act it describes (the act's label is copied).
 */
export const migration0007: Migration = {
  version: 7,
  name: 'journal',
  sql: `
CREATE TABLE journal (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  author TEXT NOT NULL CHECK (length(trim(author)) > 0),
  session_id INTEGER,
  body TEXT,
  session_date TEXT,
  act_id INTEGER,
  -- The act as printed when the entry was written ("G25").
  act TEXT,
  subject TEXT NOT NULL CHECK (subject IN (${SUBJECTS.map(sqlText).join(', ')})),
  before TEXT,
  after TEXT
) STRICT;
CREATE INDEX journal_by_act ON journal (act_id) WHERE act_id IS NOT NULL;
CREATE INDEX journal_by_session ON journal (session_id);

CREATE TABLE journal_context (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  author TEXT NOT NULL CHECK (length(trim(author)) > 0)
) STRICT;
INSERT INTO journal_context (id, author) VALUES (1, 'inconnu');

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN SELECT RAISE(ABORT, ${sqlText(JOURNAL_MESSAGE)}); END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN SELECT RAISE(ABORT, ${sqlText(JOURNAL_MESSAGE)}); END;
CREATE TRIGGER journal_context_no_delete BEFORE DELETE ON journal_context BEGIN SELECT RAISE(ABORT, ${sqlText(CONTEXT_MESSAGE)}); END;

-- The roster written with a new session is part of its creation (« séance créée »): a member is
-- journaled when added to the roster of a session whose newest entry is not its creation.
${trigger('journal_row_session_member_insert', 'AFTER INSERT ON session_members', "(SELECT after FROM journal WHERE session_id = NEW.session_id ORDER BY id DESC LIMIT 1) IS NOT 'séance créée'", entry({ session: 'NEW.session_id', subject: "'présence'", before: 'NULL', after: sessionEntry('NEW') }))}
${trigger(
  'journal_row_session_member_update',
  'AFTER UPDATE OF status, holder_id ON session_members',
  'NEW.status IS NOT OLD.status OR NEW.holder_id IS NOT OLD.holder_id',
  entry({ session: 'NEW.session_id', subject: attendanceSubject, before: sessionEntry('OLD'), after: sessionEntry('NEW') }),
)}
${trigger('journal_row_session_member_delete', 'AFTER DELETE ON session_members', null, entry({ session: 'OLD.session_id', subject: "'présence'", before: sessionEntry('OLD'), after: "'retiré de la séance'" }))}

${trigger('journal_row_act_attendance_insert', 'AFTER INSERT ON act_attendance', null, entry({ act: 'NEW.act_id', subject: "'présence'", before: sessionDefault('NEW'), after: actEntry('NEW') }))}
${trigger(
  'journal_row_act_attendance_update',
  'AFTER UPDATE ON act_attendance',
  'NEW.status IS NOT OLD.status OR NEW.holder_id IS NOT OLD.holder_id OR NEW.basis IS NOT OLD.basis OR NEW.reason IS NOT OLD.reason OR NEW.member_id IS NOT OLD.member_id',
  entry({ act: 'NEW.act_id', subject: attendanceSubject, before: actEntry('OLD'), after: actEntry('NEW') }),
)}
${trigger('journal_row_act_attendance_delete', 'AFTER DELETE ON act_attendance', null, entry({ act: 'OLD.act_id', subject: "'présence'", before: actEntry('OLD'), after: sessionDefault('OLD') }))}

${trigger('journal_row_act_insert', 'AFTER INSERT ON acts', null, entry({ act: 'NEW.id', subject: "'acte'", before: 'NULL', after: `'acte créé : ' || NEW.object` }))}
${trigger(
  'journal_row_act_delete',
  'AFTER DELETE ON acts',
  null,
  `INSERT INTO journal (author, session_id, body, session_date, act_id, act, subject, before, after)
  SELECT c.author, s.id, b.code, s.date, OLD.id, b.series || OLD.number, 'acte', OLD.object, 'acte supprimé'
  FROM journal_context c JOIN sessions s ON s.id = OLD.session_id JOIN bodies b ON b.id = s.body_id WHERE c.id = 1;`,
)}
${trigger(
  'journal_row_act_number',
  'AFTER UPDATE OF number ON acts',
  'NEW.number IS NOT OLD.number',
  entry({ act: 'NEW.id', subject: "'numéro'", before: 'b.series || OLD.number', after: 'b.series || NEW.number' }),
)}
${trigger(
  'journal_row_act_reference',
  'AFTER UPDATE OF internal_id, nature ON acts',
  'NEW.internal_id IS NOT OLD.internal_id OR NEW.nature IS NOT OLD.nature',
  entry({
    act: 'NEW.id',
    subject: "'référence'",
    before: `'numéro interne : ' || COALESCE(OLD.internal_id, '—') || ' ; nature : ' || OLD.nature`,
    after: `'numéro interne : ' || COALESCE(NEW.internal_id, '—') || ' ; nature : ' || NEW.nature`,
  }),
)}
${trigger(
  'journal_row_act_dates',
  `AFTER UPDATE OF ${DATE_COLUMNS.map(([c]) => c).join(', ')} ON acts`,
  DATE_COLUMNS.map(([c]) => `NEW.${c} IS NOT OLD.${c}`).join(' OR '),
  entry({ act: 'NEW.id', subject: "'dates'", before: changedDates('OLD'), after: changedDates('NEW') }),
)}
${trigger('journal_row_act_outcome', 'AFTER UPDATE OF outcome ON acts', 'NEW.outcome IS NOT OLD.outcome', entry({ act: 'NEW.id', subject: "'vote'", before: 'OLD.outcome', after: 'NEW.outcome' }))}
${trigger(
  'journal_row_act_presiding',
  'AFTER UPDATE OF presiding_id ON acts',
  'NEW.presiding_id IS NOT OLD.presiding_id',
  entry({ act: 'NEW.id', subject: "'présidence'", before: presiding('OLD'), after: presiding('NEW') }),
)}

${trigger(
  'journal_row_signature',
  'AFTER INSERT ON signatures',
  null,
  entry({
    act: 'NEW.act_id',
    subject: "'signature'",
    before: 'NULL',
    after: `'signé par ' || NEW.signer_label || ' le ' || NEW.signed_at || COALESCE(' ; délégation : ' || NEW.delegation, '') || ' ; SHA-256 ' || NEW.sha256`,
  }),
)}

${trigger('journal_row_session_insert', 'AFTER INSERT ON sessions', null, entry({ session: 'NEW.id', subject: "'séance'", before: 'NULL', after: "'séance créée'" }))}
${trigger(
  'journal_row_session_president',
  'AFTER UPDATE OF president_id ON sessions',
  'NEW.president_id IS NOT OLD.president_id',
  entry({ session: 'NEW.id', subject: "'présidence'", before: name('OLD.president_id'), after: name('NEW.president_id') }),
)}
${trigger(
  'journal_row_session_details',
  'AFTER UPDATE OF date, time, place ON sessions',
  'NEW.date IS NOT OLD.date OR NEW.time IS NOT OLD.time OR NEW.place IS NOT OLD.place',
  entry({
    session: 'NEW.id',
    subject: "'séance'",
    before: `${frDate('OLD.date')} || ' à ' || OLD.time || ', ' || OLD.place`,
    after: `${frDate('NEW.date')} || ' à ' || NEW.time || ', ' || NEW.place`,
  }),
)}
`,
};
