import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../db/open';
import { handle } from '../door/dispatch';
import { isDiskFull } from '../services/register/disk-full';
import { listBackups } from '../services/register/backups';
import { referenceSession, snapshot } from '../testing/temp-register';
import { runCaptured } from './capture';

/*
 * A full disk, for real: a small tmpfs mounted for the test (root only; skipped where mounting is
 * not permitted). Whatever fails for want of space says that the disk is full and names the
 * folder, leaves the register as it was and leaves no temporary file behind.
 */
const root = mkdtempSync(join(tmpdir(), 'registre-disque-plein-'));
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', root]).status === 0;

const folder = join(root, 'Registre');
const file = join(folder, 'registre.sqlite');
const session = join(tmpdir(), `registre-disque-plein-${process.pid}.json`);
const filler = join(root, 'remplissage');
const now = () => new Date('2026-11-26T10:00:00Z');

/** Fills the disk, then frees `slack` bytes: room to open the register, not to write much. */
function fillDisk(slack: number): void {
  const fd = openSync(filler, 'w');
  try {
    for (const size of [16 * 1024, 512]) {
      const chunk = Buffer.alloc(size, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (e) {
        if ((e as { code?: string }).code !== 'ENOSPC') throw e;
      }
    }
  } finally {
    closeSync(fd);
  }
  const bytes = spawnSync('stat', ['-c', '%s', filler], { encoding: 'utf8' }).stdout.trim();
  spawnSync('truncate', ['-s', String(Math.max(0, Number(bytes) - slack)), filler]);
}

const rows = () => {
  const db = new Database(file, { readonly: true });
  try {
    return snapshot(db);
  } finally {
    db.close();
  }
};
const leftovers = () => readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tmp$|\.partiel$|restauration/.test(f));

beforeAll(async () => {
  if (!mounted) return;
  mkdirSync(folder);
  writeFileSync(session, JSON.stringify(referenceSession()));
  expect((await runCaptured(['init', '--db', file], now)).code).toBe(0);
  // Today's backup is made: the commands below go straight to their own writes.
  expect((await runCaptured(['backup', '--db', file], now)).code).toBe(0);
});
afterAll(() => {
  if (mounted) spawnSync('umount', [root]);
  rmSync(root, { recursive: true, force: true });
  rmSync(session, { force: true });
});

describe.skipIf(!mounted)('a full disk', () => {
  it('is said as such, naming the folder, for an import, a backup and a restore: nothing changed, nothing left', async () => {
    const before = rows();
    const backups = listBackups(file);
    fillDisk(96 * 1024);
    const attempts = [
      await runCaptured(['import', session, '--db', file], now),
      await runCaptured(['backup', '--db', file], now),
      await runCaptured(['restore', backups[0] ?? '', '--db', file], now),
    ];
    for (const r of attempts) {
      expect(r.code, r.err).toBe(1);
      expect(r.err).toMatch(/Le disque est plein/);
      expect(r.err).toContain(folder);
      expect(r.err).not.toMatch(/Erreur interne|endommagé|illisible|at .*\.ts:/);
    }
    rmSync(filler);
    expect(rows()).toEqual(before);
    expect(listBackups(file)).toEqual(backups);
    expect(leftovers()).toEqual([]);
    // With room again, the same import goes through.
    expect((await runCaptured(['import', session, '--db', file], now)).code).toBe(0);
  }, 120_000);

  it('is said as such when not a byte is left, and reading still works', async () => {
    const before = rows();
    const backups = listBackups(file);
    fillDisk(0);
    const attempts = [
      await runCaptured(['import', session, '--db', file], now),
      await runCaptured(['restore', backups[0] ?? '', '--db', file], now),
    ];
    const show = await runCaptured(['show', '--session', '2023-10-16', '--body', 'CP', '--db', file], now);
    // SQLite may say only « disk I/O error » (its -shm cannot grow): on a disk this full, that is a full disk.
    const shm = { code: 'SQLITE_IOERR_SHMSIZE' };
    const full = isDiskFull(shm, folder);
    rmSync(filler);
    expect(full).toBe(true);
    expect(isDiskFull(shm, folder)).toBe(false);
    expect(show.code, show.err).toBe(0);
    for (const r of attempts) {
      expect(r.code, r.err).toBe(1);
      expect(r.err).toMatch(/Le disque est plein/);
      expect(r.err).toContain(folder);
      expect(r.err).not.toMatch(/Erreur interne|endommagé|illisible|erreur du système/);
    }
    expect(rows()).toEqual(before);
    expect(listBackups(file)).toEqual(backups);
    expect(leftovers()).toEqual([]);
  }, 120_000);

  it('is said as such by the app’s door too, naming the register’s folder, the register unchanged', async () => {
    const db = connect(file);
    try {
      const before = snapshot(db);
      // Another session (no recueil: its number is taken), as big as the reference one.
      const other = { ...referenceSession(), recueil: undefined, session: { ...referenceSession().session, date: '2023-09-18' } };
      fillDisk(96 * 1024);
      const reply = await handle(db, 'session:import', { base64: Buffer.from(JSON.stringify(other)).toString('base64') }, now());
      expect(reply, JSON.stringify(reply).slice(0, 400)).toMatchObject({ ok: false, error: { type: 'conflict' } });
      if (!reply.ok) expect(reply.error.message).toBe(`Le disque est plein (dossier « ${folder} ») : l'opération n'a pas été enregistrée ; le registre n'a pas été modifié. Libérez de la place sur ce disque, puis recommencez.`);
      rmSync(filler);
      expect(snapshot(db)).toEqual(before);
    } finally {
      db.close();
    }
    expect(leftovers()).toEqual([]);
  }, 120_000);
});
