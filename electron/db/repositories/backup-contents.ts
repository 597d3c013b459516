import type Database from 'better-sqlite3';
import type { BackupPreviewView } from '../../../shared/contract/channels/register';

/*
 * What a backup file holds, read from a read-only connection to it. A backup may come from an older
 * version of the app: every table is looked for before it is read.
 */

const hasTable = (db: Database.Database, table: string): boolean =>
  db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) !== undefined;

/** The migration steps the backup has applied, none when it has no schema_migrations table. */
export function appliedMigrations(db: Database.Database): { version: number; name: string }[] {
  return hasTable(db, 'schema_migrations') ? (db.prepare('SELECT version, name FROM schema_migrations').all() as { version: number; name: string }[]) : [];
}

/** Its sessions (newest first), the latest dates it knows and how many journal entries it holds. */
export function backupContents(db: Database.Database): Pick<BackupPreviewView, 'sessions' | 'latest' | 'journalEntries'> {
  const sessions = hasTable(db, 'sessions')
    ? (db
        .prepare(
          `SELECT b.code AS body, s.date, (SELECT count(*) FROM acts a WHERE a.session_id = s.id) AS acts
           FROM sessions s JOIN bodies b ON b.id = s.body_id ORDER BY s.date DESC, b.code`,
        )
        .all() as BackupPreviewView['sessions'])
    : [];
  const latest = hasTable(db, 'acts')
    ? (db
        .prepare(
          `SELECT (SELECT max(date) FROM sessions) AS session, max(executory_date) AS executory,
             max(legality_reception_date) AS reception, max(online_date) AS online FROM acts`,
        )
        .get() as BackupPreviewView['latest'])
    : { session: null, executory: null, reception: null, online: null };
  const journalEntries = hasTable(db, 'journal') ? (db.prepare('SELECT count(*) FROM journal').pluck().get() as number) : 0;
  return { sessions, latest, journalEntries };
}
