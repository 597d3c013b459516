import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, openRegister } from '../../db/open';
import { tempRegister } from '../../testing/temp-register';
import { inspectBackup } from './backup-catalog';
import { restoreBackup } from './backup-restore';
import { BACKUPS_KEPT, backupRegister, listBackups } from './backups';
import { prepareRegister } from './register-prepare';

let dir: string;
let file: string;
let cleanup: () => void;
beforeEach(() => {
  const r = tempRegister();
  r.db.close();
  ({ dir, cleanup } = r);
  file = `${dir}/app.sqlite`;
});
afterEach(() => cleanup());

const day = (d: string) => new Date(`${d}T09:00:00Z`);
const actsIn = (f: string) => {
  const db = openRegister(f);
  try {
    return db.prepare('SELECT count(*) FROM acts').pluck().get() as number;
  } finally {
    db.close();
  }
};

/** Overwrites a page in the middle of the file: what a failing disk or a killed copy leaves. */
function damage(f: string): void {
  const fd = openSync(f, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 3);
  closeSync(fd);
}

describe('prepareRegister', () => {
  it('creates the demo register and its first daily backup', async () => {
    const { db, created, backups } = await prepareRegister(file, day('2026-11-24'));
    db.close();
    expect(created).toBe(true);
    expect(backups.map((b) => basename(b))).toEqual(['app-20261124-090000-quotidienne.sqlite']);
    expect(inspectBackup(backups[0] ?? '').sessions).toEqual([{ body: 'CP', date: '2023-10-16', acts: 16 }]);
  });

  it('makes one daily backup a day', async () => {
    (await prepareRegister(file, day('2026-11-24'))).db.close();
    expect((await prepareRegister(file, new Date('2026-11-24T17:00:00Z'))).backups).toEqual([]);
    expect((await prepareRegister(file, day('2026-11-25'))).backups).toHaveLength(1);
  });

  it('backs up before a migration', async () => {
    const db = connect(file);
    db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT");
    db.close();
    const prepared = await prepareRegister(file, day('2026-11-24'));
    prepared.db.close();
    expect(prepared.backups.map((b) => basename(b))).toContain('app-20261124-090000-avant-migration.sqlite');
  });

  it('detects a damaged page, offers the last backup, and the restore loses nothing committed before it', async () => {
    (await prepareRegister(file, day('2026-11-24'))).db.close();
    const backup = listBackups(file)[0] ?? '';
    damage(file);
    await expect(prepareRegister(file, day('2026-11-25'))).rejects.toThrow(
      `Le registre « ${file} » est endommagé (contrôle d'intégrité SQLite en échec) et n'a pas été ouvert. Restaurez la dernière sauvegarde : registre restore "${backup}" --db "${file}".`,
    );
    const { preview, previous } = await restoreBackup(file, backup, day('2026-11-25'));
    expect(preview.sessions).toEqual([{ body: 'CP', date: '2023-10-16', acts: 16 }]);
    expect(previous !== null && existsSync(previous)).toBe(true);
    const reopened = await prepareRegister(file, day('2026-11-25'));
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.db.close();
    expect(actsIn(file)).toBe(16);
  });
});

describe('an empty or truncated register', () => {
  it('is never opened as a new one: refused as damaged, nothing written', async () => {
    (await prepareRegister(file, day('2026-11-24'))).db.close();
    const whole = readFileSync(file);
    for (const [label, bytes] of [
      ['vide', Buffer.alloc(0)],
      ['tronqué', whole.subarray(0, 4096 * 2)],
      ['autre chose', Buffer.from('pas un registre')],
    ] as const) {
      writeFileSync(file, bytes);
      await expect(prepareRegister(file, day('2026-11-25')), label).rejects.toThrow(`Le registre « ${file} » est endommagé`);
      expect(readFileSync(file).equals(bytes), label).toBe(true);
    }
  });
});

describe('a register another program holds', () => {
  it('is reported as locked with the real cause, not as damaged, and left as it was', async () => {
    (await prepareRegister(file, day('2026-11-24'))).db.close();
    // Another program (a database browser) in SQLite's default journal mode, holding its write lock.
    const other = new Database(file);
    other.pragma('journal_mode = DELETE');
    const before = readFileSync(file);
    try {
      other.exec('BEGIN EXCLUSIVE');
      const refusal = prepareRegister(file, day('2026-11-25'));
      await expect(refusal).rejects.toThrow(`Le registre « ${file} » n'a pas pu être ouvert : il est verrouillé par un autre programme`);
      await expect(refusal).rejects.toThrow('database is locked');
      await expect(refusal).rejects.not.toThrow('endommagé');
    } finally {
      other.close();
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('backups', () => {
  it('keeps the last 30', async () => {
    const db = openRegister(file);
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) await backupRegister(db, file, new Date(Date.UTC(2026, 0, 1, 0, 0, i)), 'manuelle');
    db.close();
    const kept = listBackups(file);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(basename(kept.at(-1) ?? '')).toBe('app-20260101-000003-manuelle.sqlite');
  });

  it('leaves no -wal nor -shm beside a backup read (« Voir le contenu ») or restored, one made in WAL mode before included', async () => {
    const db = openRegister(file);
    const backup = await backupRegister(db, file, day('2026-12-01'), 'manuelle');
    // A backup made before they left WAL mode.
    const older = await backupRegister(db, file, day('2026-12-02'), 'manuelle');
    const wal = new Database(older);
    wal.pragma('journal_mode = WAL');
    wal.close();
    db.close();
    const folder = () => readdirSync(dirname(backup)).sort();
    const files = folder();
    for (const b of [backup, older]) {
      expect(inspectBackup(b).intact).toBe(true);
      await restoreBackup(file, b, day('2026-12-03'));
    }
    expect(folder().filter((f) => !files.includes(f) && !f.includes('avant-restauration'))).toEqual([]);
    expect(folder().filter((f) => /-(wal|shm)$/.test(f))).toEqual([]);
  });

  it('refuses to restore a damaged backup and leaves the register as it was', async () => {
    const { db } = await prepareRegister(file, day('2026-11-24'));
    const bad = await backupRegister(db, file, day('2026-11-25'), 'manuelle');
    db.close();
    damage(bad);
    const before = readFileSync(file);
    await expect(restoreBackup(file, bad, day('2026-11-26'))).rejects.toThrow(/est illisible ou endommagée : choisissez-en une autre/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
