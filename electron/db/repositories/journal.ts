import type { BodyCode } from '../../../shared/domain/body';
import type { Member } from '../../../shared/domain/member';
import type { Db } from '../open';
import { isShared } from '../register';
import { statement } from '../statements';

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
  // On a shared register, the session's registre.user (registre_author()): an app login mapped to a role.
  if (isShared(db)) db.prepare("SELECT set_config('registre.user', ?, false)").get(author);
  else db.prepare('UPDATE journal_context SET author = ? WHERE id = 1').run(author);
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

/**
 * Drops the journal's row triggers (all of them, or those named in `only`) and gives back their
 * SQL, to recreate them as they were.
 */
export function dropJournalRowTriggers(db: Db, only?: readonly string[]): string[] {
  const triggers = (
    statement(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'journal\\_row\\_%' ESCAPE '\\' ORDER BY name").all() as {
      name: string;
      sql: string;
    }[]
  ).filter((t) => only === undefined || only.includes(t.name));
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
  return triggers.map((t) => t.sql);
}

/** Recreates triggers from the SQL dropJournalRowTriggers gave. */
export function recreateTriggers(db: Db, triggers: readonly string[]): void {
  for (const sql of triggers) db.exec(sql);
}

/** Writes an entry by the current author, with the session's body and date when there is one. */
export function insertJournalEntry(db: Db, e: { sessionId: number | null; subject: string; before: string | null; after: string }): void {
  statement(
    db,
    `INSERT INTO journal (author, session_id, body, session_date, subject, before, after)
     SELECT ${journalAuthor(db)}, s.id, b.code, s.date, ?, ?, ?
     FROM (SELECT 1) one LEFT JOIN sessions s ON s.id = ? LEFT JOIN bodies b ON b.id = s.body_id`,
  ).run(e.subject, e.before, e.after, e.sessionId);
}

/**
 * Who the entries are by, as the engine's triggers write it: in a SQLite file, the author the app
 * set at open (journal_context); on a shared register, the connected role (registre_author()), so
 * that a secretary is named by her own login, never by another's setting.
 */
export const journalAuthor = (db: Db): string => (isShared(db) ? 'registre_author()' : '(SELECT author FROM journal_context WHERE id = 1)');

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

/** Which entries: those of one act (since its own creation), of one session (its acts included), or all. */
export type JournalScope = { actId: number } | { sessionId: number } | null;

function journalSelect(scope: JournalScope, order: 'ASC' | 'DESC'): { sql: string; params: number[] } {
  if (scope === null) return { sql: `SELECT * FROM journal ORDER BY id ${order}`, params: [] };
  if ('sessionId' in scope) return { sql: `SELECT * FROM journal WHERE session_id = ? ORDER BY id ${order}`, params: [scope.sessionId] };
  // SQLite may give a withdrawn act's id to the next one: an act's entries start at its creation.
  return {
    sql: `SELECT * FROM journal WHERE act_id = ? AND id >= coalesce(
         (SELECT max(id) FROM journal WHERE act_id = ? AND subject = 'acte' AND before IS NULL AND after LIKE 'acte créé : %'), 0)
       ORDER BY id ${order}`,
    params: [scope.actId, scope.actId],
  };
}

/** The entries of an act since its own creation, newest first. */
export function actJournalRows(db: Db, actId: number): JournalRow[] {
  const { sql, params } = journalSelect({ actId }, 'DESC');
  return db.prepare(sql).all(...params) as JournalRow[];
}

/** The entries of one session (its acts included), or of the whole register; newest first. */
export function journalRows(db: Db, sessionId?: number): JournalRow[] {
  const { sql, params } = journalSelect(sessionId === undefined ? null : { sessionId }, 'DESC');
  return db.prepare(sql).all(...params) as JournalRow[];
}

/** The same entries oldest first, read one row at a time (an export of years of journal). */
export function iterateJournalRows(db: Db, scope: JournalScope): IterableIterator<JournalRow> {
  const { sql, params } = journalSelect(scope, 'ASC');
  return db.prepare(sql).iterate(...params) as IterableIterator<JournalRow>;
}
