/*
 * The register as the services see it, whatever holds it: a SQLite file (better-sqlite3, the
 * embedded default) or a PostgreSQL database shared by a team (postgres/shared-register.ts). It is
 * the part of better-sqlite3's API the services use — synchronous statements and transactions —
 * so that a SQLite connection is a register as it is, and the PostgreSQL one answers the same calls.
 * What only a SQLite file has (PRAGMA, online backup, the schema table) stays behind `asSqlite`.
 */
import type Database from 'better-sqlite3';
import { dirname, resolve } from 'node:path';
import { AppError } from '../../shared/domain/errors';

/** What a write did: rows changed, and the id of the last row inserted (0 when none). */
export interface RunResult {
  changes: number;
  lastInsertRowid: number | bigint;
}

/** Parameters as better-sqlite3 takes them: positional values, or one object for `@name`s. */
export type Values = unknown[];

/** A statement of the register, run as many times as needed. */
export interface Statement {
  get(...values: Values): unknown;
  all(...values: Values): unknown[];
  run(...values: Values): RunResult;
  iterate(...values: Values): IterableIterator<unknown>;
  /** Rows become their first column's value (`SELECT count(*) …` → 15000). */
  pluck(toggle?: boolean): this;
}

/** A function run as one transaction (nested calls are savepoints), as better-sqlite3 returns it. */
export type Transaction<F extends (...args: never[]) => unknown> = (...args: ArgumentsOf<F>) => ReturnType<F>;

export interface Register {
  prepare(sql: string): Statement;
  /** Runs SQL text without parameters (one or several statements). */
  exec(sql: string): this;
  transaction<F extends (...args: never[]) => unknown>(fn: F): Transaction<F>;
  /** The file's path (SQLite) or the database's address without password (PostgreSQL). */
  readonly name: string;
  /** A SQLite database in memory (tests only). */
  readonly memory: boolean;
  readonly open: boolean;
  readonly inTransaction: boolean;
  close(): void;
}

type ArgumentsOf<F> = F extends (...args: infer A) => unknown ? A : never;

/** The register's SQLite connection, for what only a file has; null on a shared register. */
export function asSqlite(db: Register): Database.Database | null {
  return 'pragma' in db ? (db as Database.Database) : null;
}

/**
 * The folder of this computer where the register's documents are written (`exports/`): beside a
 * SQLite file; for a shared register, the folder its opener gave (the app's data folder), since
 * the server's machine is not the secretary's. Null for a database in memory.
 */
export function localFolder(db: Register): string | null {
  if ('localFolder' in db) return (db as { localFolder: string }).localFolder;
  // better-sqlite3 names an in-memory or temporary database ":memory:" or "": it has no folder.
  if (db.memory || db.name === '' || db.name === ':memory:') return null;
  return dirname(resolve(db.name));
}

/** Whether the register is a shared PostgreSQL database rather than a SQLite file. */
export const isShared = (db: Register): boolean => asSqlite(db) === null;

/**
 * The register's SQLite connection for `operation`, which only a file allows (a backup by SQLite's
 * API, a restoration of a backup file); on a shared register, a French refusal that says where
 * the operation is done there (the server's own tools, through `registre backup --db …`).
 */
export function requireSqlite(db: Register, operation: string): Database.Database {
  const sqlite = asSqlite(db);
  if (sqlite === null) {
    throw new AppError(
      'validation',
      `${operation} : possible sur un registre en fichier seulement ; un registre partagé se sauvegarde et se restaure sur son serveur (registre backup / restore --db postgres://…).`,
    );
  }
  return sqlite;
}

/** SQLSTATE of the refusals of the shared register's seals and journal (postgres/step.ts). */
const SEALED_SQLSTATE = 'RG001';

/**
 * Whether a write was refused by the register's own seals (an executory or signed act, the
 * journal): SQLite's triggers and PostgreSQL's raise them with their French message.
 */
export function isSealRefusal(e: unknown): e is Error {
  const code = (e as { code?: unknown } | null)?.code;
  return e instanceof Error && (code === 'SQLITE_CONSTRAINT_TRIGGER' || code === SEALED_SQLSTATE);
}

/** Errors of a connection to the server that went away (refused, reset, ended, shut down). */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03', '08000', '08003', '08006']);

/**
 * Whether a shared register's server could not be reached during an operation: nothing was
 * written (PostgreSQL rolls back a transaction whose connection is lost), and the same operation
 * may be tried again once it answers.
 */
export function isServerUnreachable(e: unknown): boolean {
  const error = e as { code?: unknown; message?: unknown } | null;
  if (typeof error?.code === 'string' && UNREACHABLE.has(error.code)) return true;
  return typeof error?.message === 'string' && /Connection terminated|connection timeout|timed out|Client has encountered a connection error/i.test(error.message);
}

/**
 * Whether a shared register's transaction kept losing to others writing the same rows at the same
 * moment (run again several times already): nothing was written; the secretary may simply retry.
 */
export function isWriteContention(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  // 55P03: a lock awaited longer than the connection's lock_timeout (connect.ts).
  return code === '40001' || code === '40P01' || code === '55P03';
}
