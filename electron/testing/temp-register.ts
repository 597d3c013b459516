import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../db/open';
import { openRegister } from '../db/open';
import { importSession } from '../services/sessions/session-import';

/** A real register file in a fresh temporary folder; `cleanup` closes it and removes the folder. */
export function tempRegister(): { db: Db; file: string; dir: string; cleanup: () => void } {
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
  const session = referenceSession();
  for (const act of session.acts) {
    delete act.legalityReceptionDate;
    delete act.executoryDate;
    delete act.onlineDate;
  }
  importSession(r.db, session, undefined, conventions);
  return r;
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

/** Every row of every table: to prove a refused write changed nothing. */
export function snapshot(db: Db): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
}
