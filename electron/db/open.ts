import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

/** A connection with the register's settings: WAL journal, foreign keys enforced, full sync. */
export function connect(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = FULL');
  return db;
}

/**
 * Opens (or creates) a register file with its schema migrated. Every service call then runs its
 * writes in one transaction. The app's doors use `prepareRegister`, which also checks and backs up.
 */
export function openRegister(file: string): Db {
  const db = connect(file);
  migrate(db, MIGRATIONS);
  return db;
}
