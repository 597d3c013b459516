import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegister } from '../../db/open';
import { listBackups } from '../../services/register/backups';
import { holdRegister, killHard } from '../../testing/register-holder';
import { referenceSession } from '../../testing/temp-register';
import { runCaptured } from '../capture';

let dir: string;
let file: string;
let backup: string;
let session: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registre-cli-restore-'));
  file = join(dir, 'registre.sqlite');
  session = join(dir, 'seance.json');
  writeFileSync(session, JSON.stringify(referenceSession()));
  // An empty register and its backup; the session is then added to the register only.
  openRegister(file).close();
  backup = join(dir, 'vide.sqlite');
  const db = new Database(file, { readonly: true });
  db.exec(`VACUUM INTO '${backup}'`);
  db.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const now = () => new Date('2026-11-26T10:00:00Z');
const sessionsIn = (f: string) => {
  const db = new Database(f, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM sessions').pluck().get() as number;
  } finally {
    db.close();
  }
};
const files = () => [file, `${file}-wal`].map((f) => (existsSync(f) ? readFileSync(f) : null));

describe('registre restore', () => {
  it('refuses, exit 1, a register open in the app or the host, with the lock message, changing nothing', async () => {
    const host = await holdRegister(file, session);
    try {
      const before = files();
      const r = await runCaptured(['restore', backup, '--db', file], now);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`est déjà ouvert par une autre fenêtre de Registre (`);
      expect(r.err).toContain(`processus ${host.pid}`);
      expect(files()).toEqual(before);
      expect(listBackups(file)).toEqual([]);
    } finally {
      await killHard(host);
    }
  }, 60_000);

  it('after a killed host, keeps the session it had committed (still in the WAL) in the « avant restauration » copy', async () => {
    await killHard(await holdRegister(file, session));
    expect(existsSync(`${file}-wal`)).toBe(true);
    const r = await runCaptured(['restore', backup, '--db', file], now);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const [previous] = listBackups(file);
    expect(previous).toMatch(/registre-20261126-100000-avant-restauration\.sqlite$/);
    expect(r.out).toContain(`L'ancien registre est conservé : ${previous}`);
    expect(sessionsIn(previous ?? '')).toBe(1);
    expect(sessionsIn(file)).toBe(0);
    const reopened = openRegister(file);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
  }, 60_000);

  it('refuses a backup from a newer version or with an unknown step, as the app does, changing nothing', async () => {
    for (const [label, sql] of [
      ['plus récente', "INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')"],
      ['étape inconnue', "UPDATE schema_migrations SET name = 'autre' WHERE version = 2"],
    ]) {
      const other = join(dir, `${label}.sqlite`);
      const db = new Database(backup, { readonly: true });
      db.exec(`VACUUM INTO '${other}'`);
      db.close();
      const edit = new Database(other);
      edit.exec(sql ?? '');
      edit.close();
      const before = files();
      const r = await runCaptured(['restore', other, '--db', file], now);
      expect(r.code).toBe(1);
      expect(r.err).toBe(`Erreur : La sauvegarde « ${other} » vient d'une version plus récente de Registre : mettez l'application à jour pour la restaurer.`);
      expect(files()).toEqual(before);
      expect(listBackups(file)).toEqual([]);
    }
  });
});
