import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftReferenceRegister } from '../testing/temp-register';
import { requireSqlite } from './register';

const RUNS = 20;
const probe = new URL('../testing/edit-process.ts', import.meta.url).pathname;
let dir: string;
let seed: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'registre-edit-crash-'));
  // The reference session still in preparation: its place and its acts may be edited.
  const r = draftReferenceRegister();
  const sqlite = requireSqlite(r.db, 'test');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  r.db.close();
  seed = join(dir, 'seed.sqlite');
  copyFileSync(r.file, seed);
  r.cleanup();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the editing probe on `db` and SIGKILLs it `delayMs` after it is ready; resolves with the number of the kill. */
function editsKilledAfter(db: string, delayMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', probe, db], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('prêt')) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(signal) : reject(new Error(`la sonde s'est arrêtée (${code}) : ${err}`))));
  });
}

/** The last edit the register holds whole: its number (0: none), checked against every row it wrote. */
function lastEdit(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const place = db.prepare('SELECT place FROM sessions').pluck().get() as string;
    const act = db.prepare('SELECT object, visas FROM acts WHERE number = 25').get() as { object: string; visas: string };
    const moved = /^Lieu (\d+)$/.exec(place);
    const rewritten = /^Objet (\d+)$/.exec(act.object);
    const odd = moved === null ? 0 : Number(moved[1]);
    const even = rewritten === null ? 0 : Number(rewritten[1]);
    // G25's 300 visas were written with its object, in the same transaction.
    const visas = JSON.parse(act.visas) as string[];
    if (even > 0) expect(visas).toEqual(Array.from({ length: 300 }, (_, i) => `Visa ${even}.${i}`));
    else expect(visas.some((v) => v.startsWith('Visa '))).toBe(false);
    // The edits ran one after the other: the state is the one after edit n, for one n.
    const n = Math.max(odd, even);
    expect(n === 0 || Math.abs(odd - even) === 1).toBe(true);
    // Each move of the session wrote its journal entry in its own transaction.
    expect(db.prepare("SELECT count(*) FROM journal WHERE after LIKE '%Lieu %'").pluck().get()).toBe((n + 1) >> 1);
    return n;
  } finally {
    db.close();
  }
}

describe('a register survives killed edits', () => {
  it(`is the state before or after each edit, intact, after SIGKILL at ${RUNS} random points`, async () => {
    const reached: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const db = join(dir, `registre-${run}.sqlite`);
      copyFileSync(seed, db);
      await editsKilledAfter(db, Math.floor(Math.random() * 1500));
      reached.push(lastEdit(db));
    }
    // Kills must have landed among the edits for the test to mean something.
    expect(reached.some((n) => n > 0)).toBe(true);
  }, 600_000);
});
