import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db, SqliteDb } from '../db/open';
import { connectPostgresSync } from '../db/postgres/connect';
import { SharedRegister } from '../db/postgres/shared-register';
import { isShared } from '../db/register';
import type { SyncConnection } from '../db/postgres/sync-connection';
import { PG_ENGINE_ADMIN_URL, TEMPLATE_DATABASE } from './pg-engine-setup';
import { openRegister } from '../db/open';
import { importSession } from '../services/sessions/session-import';

/** A real register file in a fresh temporary folder; `cleanup` closes it and removes the folder. */
export function tempSqliteRegister(): { db: SqliteDb; file: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'registre-test-'));
  const file = join(dir, 'registre.sqlite');
  const db = openRegister(file);
  return {
    db,
    file,
    dir,
    cleanup: () => {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A real register for a test: a SQLite file in a temporary folder, or, when the suite runs on
 * PostgreSQL (REGISTRE_TEST_ENGINE=postgres), a fresh database of the test cluster.
 */
export function tempRegister(): { db: Db; file: string; dir: string; cleanup: () => void } {
  return process.env.REGISTRE_TEST_ENGINE === 'postgres' ? tempSharedRegister() : tempSqliteRegister();
}

let admin: SyncConnection | undefined;
let databases = 0;

/**
 * A fresh database of the run's cluster (REGISTRE_TEST_ENGINE=postgres), copied from its migrated
 * template: its address, and `drop` to remove it once its connections are closed.
 */
export function tempSharedDatabase(): { url: string; drop: () => void } {
  const adminUrl = process.env[PG_ENGINE_ADMIN_URL];
  if (adminUrl === undefined) throw new Error(`REGISTRE_TEST_ENGINE=postgres needs the global setup electron/testing/pg-engine-setup.ts (${PG_ENGINE_ADMIN_URL} unset)`);
  const connection = (admin ??= connectPostgresSync(adminUrl));
  const name = `test_${process.pid}_${++databases}`;
  connection.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  return { url: adminUrl.replace(/\/postgres$/, `/${name}`), drop: () => connection.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A fresh database of the run's cluster (see tempSharedDatabase); `cleanup` drops it. */
function tempSharedRegister(): { db: Db; file: string; dir: string; cleanup: () => void } {
  const { url, drop } = tempSharedDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'registre-test-'));
  const db = new SharedRegister(url, connectPostgresSync(url), dir);
  return {
    db,
    file: join(dir, 'registre.sqlite'),
    dir,
    cleanup: () => {
      if (db.open) db.close();
      drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A real register in a temporary folder that holds the reference session, with `conventions` (a
 * conventions file) imported with it, as the demo does: its acts are executory and take none later.
 */
export function referenceRegister(conventions?: unknown): ReturnType<typeof tempRegister> {
  const r = tempRegister();
  importSession(r.db, referenceSession(), undefined, conventions);
  return r;
}

/**
 * A register holding the reference session as it stood before the control of legality: no act
 * executory yet, so still printed from the register's current templates; with its `conventions`.
 */
export function draftReferenceRegister(conventions?: unknown): ReturnType<typeof tempRegister> {
  const r = tempRegister();
  importSession(r.db, draftReferenceSession(), undefined, conventions);
  return r;
}

/** The reference session file as it stood before the control of legality: its acts voted, none executory. */
export function draftReferenceSession(): ReferenceSession {
  const session = referenceSession();
  for (const act of session.acts) {
    delete act.legalityReceptionDate;
    delete act.executoryDate;
    delete act.onlineDate;
  }
  return session;
}

/** The reference session file (Var, Commission permanente, 16 octobre 2023), parsed afresh. */
export function referenceSession(): ReferenceSession {
  return JSON.parse(readFileSync(new URL('../../reference/session-2023-10-16.json', import.meta.url), 'utf8')) as ReferenceSession;
}

interface ReferenceAct {
  number: string;
  present: string[];
  proxies: { from: string; to: string }[];
  excused: string[];
  absent: string[];
  counts: { present: number; proxies: number; excused: number; absent: number };
  presidingName: string;
  presidingQuality: string;
  [key: string]: unknown;
}

export interface ReferenceSession {
  session: { date: string; membersInOffice: number; [key: string]: unknown };
  members: { civility: string; firstName: string; lastName: string; role?: string }[];
  acts: ReferenceAct[];
  [key: string]: unknown;
}

/** The register's tables, by name, whatever its engine. */
export function tableNames(db: Db): string[] {
  return (
    isShared(db)
      ? db.prepare("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1")
      : db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
  )
    .pluck()
    .all() as string[];
}

/** Every row of every table: to prove a refused write changed nothing. */
export function snapshot(db: Db): Record<string, unknown[]> {
  const tables = tableNames(db);
  // PostgreSQL keeps no rowid order: rows sorted by their text, the same before and after.
  const order = isShared(db) ? ' t ORDER BY t::text' : '';
  return Object.fromEntries(tables.map((name) => [name, db.prepare(`SELECT * FROM "${name}"${order}`).all()]));
}
