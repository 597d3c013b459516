import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

import type { Register } from './register';

/** The register, in a SQLite file or a shared PostgreSQL database: what the services take. */
export type Db = Register;
/** A register's SQLite connection: what only a file has (PRAGMA, online backup). */
export type SqliteDb = Database.Database;

/** A connection with the register's settings: WAL journal, foreign keys enforced, full sync. */
export function connect(file: string): SqliteDb {
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
export function openRegister(file: string): SqliteDb {
  const db = connect(file);
  migrate(db, MIGRATIONS);
  return db;
}
