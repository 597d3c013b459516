import type { BodyCode } from '../../../shared/domain/body';
import type { Member } from '../../../shared/domain/member';
import type { Db } from '../open';

/** A row of the journal (migration 0007), written by its triggers or by recordJournalEntry. */
export interface JournalRow {
  id: number;
  at: string;
  author: string;
  body: BodyCode | null;
  session_date: string | null;
  act: string | null;
  subject: string;
  before: string | null;
  after: string | null;
}

/** Who the following changes are by, kept in the one row of journal_context. */
export function setJournalContextAuthor(db: Db, author: string): void {
  db.prepare('UPDATE journal_context SET author = ? WHERE id = 1').run(author);
}

/** The journal as it stands, every column, and who the next changes are by: kept across a restoration. */
export function journalSnapshot(db: Db): { rows: Record<string, unknown>[]; author: string } {
  return {
    rows: db.prepare('SELECT * FROM journal ORDER BY id').all() as Record<string, unknown>[],
    author: db.prepare('SELECT author FROM journal_context WHERE id = 1').pluck().get() as string,
  };
}

/**
 * Puts back after a restoration the entries the restored journal lacks (those written since the
 * backup was taken), column by column as the current schema has them, and the author.
 */
export function putBackJournal(db: Db, snapshot: { rows: Record<string, unknown>[]; author: string }): void {
  const kept = (db.prepare('SELECT coalesce(max(id), 0) FROM journal').pluck().get() as number) ?? 0;
  const columns = db.prepare("SELECT name FROM pragma_table_info('journal')").pluck().all() as string[];
  const quoted = (c: string) => `"${c.replaceAll('"', '""')}"`;
  const insert = db.prepare(`INSERT INTO journal (${columns.map(quoted).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  for (const row of snapshot.rows) if ((row.id as number) > kept) insert.run(Object.fromEntries(columns.map((c) => [c, row[c] ?? null])));
  setJournalContextAuthor(db, snapshot.author);
}

/** Drops the journal's row triggers and gives back their SQL, to recreate them as they were. */
export function dropJournalRowTriggers(db: Db): string[] {
  const triggers = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'journal\\_row\\_%' ESCAPE '\\' ORDER BY name")
    .all() as { name: string; sql: string }[];
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
  return triggers.map((t) => t.sql);
}

/** Recreates triggers from the SQL dropJournalRowTriggers gave. */
export function recreateTriggers(db: Db, triggers: readonly string[]): void {
  for (const sql of triggers) db.exec(sql);
}

/** Writes an entry by the current author, with the session's body and date when there is one. */
export function insertJournalEntry(db: Db, e: { sessionId: number | null; subject: string; before: string | null; after: string }): void {
  db.prepare(
    `INSERT INTO journal (author, session_id, body, session_date, subject, before, after)
     SELECT c.author, s.id, b.code, s.date, ?, ?, ?
     FROM journal_context c LEFT JOIN sessions s ON s.id = ? LEFT JOIN bodies b ON b.id = s.body_id WHERE c.id = 1`,
  ).run(e.subject, e.before, e.after, e.sessionId);
}

/** Every member's name parts by id (those of past sessions included), to print a public ballot's names. */
export function memberNameParts(db: Db): (Pick<Member, 'civility' | 'firstName' | 'lastName'> & { id: number })[] {
  return db.prepare('SELECT id, civility, first_name AS firstName, last_name AS lastName FROM members').all() as (Pick<Member, 'civility' | 'firstName' | 'lastName'> & {
    id: number;
  })[];
}

/** The id of the body's session on that date, or undefined. */
export function sessionIdOn(db: Db, body: BodyCode, date: string): number | undefined {
  return db.prepare('SELECT s.id FROM sessions s JOIN bodies b ON b.id = s.body_id WHERE b.code = ? AND s.date = ?').pluck().get(body, date) as
    | number
    | undefined;
}

/** The entries of an act since its own creation (SQLite may give a withdrawn act's id to the next one), newest first. */
export function actJournalRows(db: Db, actId: number): JournalRow[] {
  return db
    .prepare(
      `SELECT * FROM journal WHERE act_id = ? AND id >= coalesce(
         (SELECT max(id) FROM journal WHERE act_id = ? AND subject = 'acte' AND before IS NULL AND after LIKE 'acte créé : %'), 0)
       ORDER BY id DESC`,
    )
    .all(actId, actId) as JournalRow[];
}

/** The entries of one session (its acts included), or of the whole register; newest first. */
export function journalRows(db: Db, sessionId?: number): JournalRow[] {
  return (
    sessionId === undefined
      ? db.prepare('SELECT * FROM journal ORDER BY id DESC').all()
      : db.prepare('SELECT * FROM journal WHERE session_id = ? ORDER BY id DESC').all(sessionId)
  ) as JournalRow[];
}
