import Database from 'better-sqlite3';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, Input } from '../../../shared/contract/contract';
import type { SqliteDb } from '../../db/open';
import { migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { tempRegister } from '../../testing/temp-register';
import { backupFolder } from '../../services/register/backups';
import { handle } from '../dispatch';
import { recordLegalityDates } from '../../services/ctes/legality';
import { prepareRegister } from '../../services/register/register-prepare';
import { callValue } from '../../testing/contract-call';
import { runCaptured } from '../../cli/capture';

const LATEST = Math.max(...MIGRATIONS.map((m) => m.version));

const opened = new Date('2026-11-24T09:00:00Z');
const later = new Date('2026-11-24T10:30:00Z');
let db: SqliteDb;
let file: string;
let cleanup: () => void;

beforeEach(async () => {
  const r = tempRegister();
  r.db.close();
  cleanup = r.cleanup;
  file = join(r.dir, 'registre.sqlite');
  // tempRegister's own file is replaced by an app register: demo session, daily backup.
  rmSync(r.file, { force: true });
  db = (await prepareRegister(file, opened)).db;
});
afterEach(() => {
  if (db.open) db.close();
  cleanup();
});

const call = <C extends Channel>(channel: C, input: Input<C>, now = later) => callValue(db, channel, input, now);

/** A draft act added to the demo session (its acts are executory, locked), then given dates. */
function changeG99(): void {
  db.exec(`INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 99, 'ACTE EN PRÉPARATION', '{"kind":"unanimity"}')`);
  recordLegalityDates(db, 'CP', '2023-10-16', 'G99', { transmissionDate: '2023-10-17', onlineDate: '2023-10-18' }, new Date('2024-01-10T10:00:00Z'));
}

describe('register channels: journal', () => {
  it("gives an act's journal newest first, and a session's or the whole register's", async () => {
    changeG99();
    const entries = await call('journal:act', { body: 'CP', date: '2023-10-16', act: 'G99' });
    expect(entries.map((e) => [e.subject, e.before, e.after])).toEqual([
      ['dates', 'transmission : — ; exécutoire : — ; mise en ligne : —', 'transmission : 17/10/2023 ; exécutoire : 18/10/2023 ; mise en ligne : 18/10/2023'],
      ['acte', null, 'acte créé : ACTE EN PRÉPARATION'],
    ]);
    expect(entries[0]?.author).not.toBe('inconnu');
    expect((await call('journal:session', { body: 'CP', date: '2023-10-16' })).map((e) => e.subject)).toEqual(['dates', 'acte', 'import']);
    expect(await call('journal:session', {})).toHaveLength(3);
    expect(await handle(db, 'journal:session', { body: 'CP' }, later)).toMatchObject({ ok: false, error: { type: 'validation', field: 'date' } });
  });
});

describe('register channels: journal screen', () => {
  it('filters by act, author, kind of change and days, and exports exactly what registre journal --csv writes', async () => {
    changeG99();
    const author = (await call('journal:search', {}))[0]?.author ?? '';
    const search = (f: Input<'journal:search'>) => call('journal:search', f).then((es) => es.map((e) => e.subject));
    expect(await search({ body: 'CP', date: '2023-10-16', act: 'G99' })).toEqual(['dates', 'acte']);
    expect(await search({ subject: 'dates' })).toEqual(['dates']);
    expect(await search({ author, subject: 'import' })).toEqual(['import']);
    expect(await search({ author: 'quelqu’un d’autre' })).toEqual([]);
    const day = new Date().toISOString().slice(0, 10);
    expect(await search({ from: day, to: day })).toHaveLength(3);
    expect(await search({ to: '2020-01-01' })).toEqual([]);
    expect(await handle(db, 'journal:search', { from: '2026-11-25', to: '2026-11-24' }, later)).toMatchObject({ ok: false, error: { type: 'validation', field: 'to' } });
    expect(await handle(db, 'journal:search', { act: 'G99' }, later)).toMatchObject({ ok: false, error: { type: 'validation', field: 'act' } });
    const csv = await call('journal:csv', { body: 'CP', date: '2023-10-16' });
    expect(csv.entries).toBe(3);
    db.close();
    const cli = await runCaptured(['journal', '--seance', 'CP:2023-10-16', '--csv', join(dirname(file), 'cli.csv'), '--db', file]);
    expect(cli.code).toBe(0);
    expect(Buffer.from(csv.base64, 'base64').equals(readFileSync(join(dirname(file), 'cli.csv')))).toBe(true);
  });
});

describe('register channels: backup now', () => {
  it('writes a manual backup beside the register and answers it as the list shows it', async () => {
    const made = await call('backup:now', {});
    expect(made).toEqual({ name: 'registre-20261124-103000-manuelle.sqlite', date: '2026-11-24T10:30:00.000Z', reason: 'manuelle', size: expect.any(Number) as number });
    expect((await call('backups:list', {}))[0]).toEqual(made);
  });
});

describe('register channels: backups', () => {
  it('lists the backup made at open and previews what it holds', async () => {
    const list = await call('backups:list', {});
    expect(list).toEqual([{ name: 'registre-20261124-090000-quotidienne.sqlite', date: '2026-11-24T09:00:00.000Z', reason: 'quotidienne', size: expect.any(Number) as number }]);
    expect(list[0]?.size).toBeGreaterThan(0);
    expect(await call('backup:preview', { name: list[0]?.name ?? '' })).toEqual({
      name: 'registre-20261124-090000-quotidienne.sqlite',
      intact: true,
      schemaVersion: LATEST,
      restorable: true,
      sessions: [{ body: 'CP', date: '2023-10-16', acts: 16 }],
      latest: { session: '2023-10-16', executory: '2023-10-20', reception: '2023-10-18', online: '2023-10-20' },
      journalEntries: 1,
    });
  });

  it('refuses any name that is not one of the listed backups, in French', async () => {
    for (const name of ['../registre.sqlite', file, '/etc/passwd', 'registre-20261124-090000-quotidienne']) {
      for (const channel of ['backup:preview', 'backup:restore']) {
        expect(await handle(db, channel, { name }, later)).toMatchObject({
          ok: false,
          error: { type: 'validation', field: 'name', message: expect.stringContaining("n'est pas une sauvegarde de ce registre") as string },
        });
      }
    }
  });

  it('restores a backup into the open register: same connection, change gone, integrity ok, undoable, journaled', async () => {
    changeG99();
    const restored = await call('backup:restore', { name: 'registre-20261124-090000-quotidienne.sqlite' });
    expect(restored.previous).toBe('registre-20261124-103000-avant-restauration.sqlite');
    expect(existsSync(join(backupFolder(file), restored.previous))).toBe(true);
    // The same connection reads the backup's content.
    expect(db.prepare('SELECT count(*) FROM acts').pluck().get()).toBe(16);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(await handle(db, 'journal:act', { body: 'CP', date: '2023-10-16', act: 'G99' }, later)).toMatchObject({ ok: false, error: { type: 'not_found' } });
    // The journal is not rolled back: the change, then the restoration.
    const journal = await call('journal:session', {});
    expect(journal.map((e) => e.subject)).toEqual(['restauration', 'dates', 'acte', 'import']);
    expect(journal[0]).toMatchObject({
      before: 'état précédent sauvegardé : registre-20261124-103000-avant-restauration.sqlite',
      after: 'sauvegarde registre-20261124-090000-quotidienne.sqlite restaurée',
    });
    // The register's rules are back in force (triggers restored): executory acts stay locked, changes are journaled.
    expect(() => db.prepare('UPDATE acts SET number = 200 WHERE number = 25').run()).toThrow(/Acte exécutoire verrouillé/);
    // Undo: restoring the backup taken just before brings G99 back.
    await call('backup:restore', { name: restored.previous }, new Date('2026-11-24T10:31:00Z'));
    expect(db.prepare('SELECT transmission_date FROM acts WHERE number = 99').pluck().get()).toBe('2023-10-17');
    expect((await call('backups:list', {})).map((b) => b.reason)).toEqual(['avant-restauration', 'avant-restauration', 'quotidienne']);
  });

  it('brings a backup written by an older version to the current schema, keeping the journal', async () => {
    const old = new Database(join(backupFolder(file), 'registre-20200101-000000-manuelle.sqlite'));
    migrate(old, MIGRATIONS.filter((m) => m.version < 7));
    old.close();
    const preview = await call('backup:preview', { name: 'registre-20200101-000000-manuelle.sqlite' });
    expect(preview).toMatchObject({ intact: true, schemaVersion: 6, restorable: true, sessions: [], journalEntries: 0 });
    await call('backup:restore', { name: 'registre-20200101-000000-manuelle.sqlite' });
    expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(LATEST);
    expect(db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0);
    expect(db.prepare('SELECT subject FROM journal ORDER BY id').pluck().all()).toEqual(['import', 'restauration']);
  });

  it('refuses a damaged backup and leaves the register as it was', async () => {
    const bad = join(backupFolder(file), 'registre-20261123-000000-manuelle.sqlite');
    writeFileSync(bad, 'pas une base SQLite');
    expect(await call('backup:preview', { name: 'registre-20261123-000000-manuelle.sqlite' })).toMatchObject({ intact: false, restorable: false });
    const r = await handle(db, 'backup:restore', { name: 'registre-20261123-000000-manuelle.sqlite' }, later);
    expect(r).toMatchObject({ ok: false, error: { type: 'validation', message: expect.stringContaining('illisible ou endommagée') as string } });
    expect(db.prepare('SELECT count(*) FROM acts').pluck().get()).toBe(16);
  });
});
