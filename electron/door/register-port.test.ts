import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { tempRegister } from '../testing/temp-register';
import type { RegisterClient } from './register-client';
import { registerClient } from './register-client';
import { serveRegister } from './register-port';
import { lockRegister } from '../services/register/register-lock';
import { handle } from './dispatch';
import { loadDemo } from '../services/register/register-file';
import { onPostgres } from '../testing/engine';

// The register's line as Electron runs it (main process ↔ utility process), here over a
// node:worker_threads MessageChannel: messages are structured-cloned the same way.
const now = new Date('2023-10-20T10:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'registre-port-'));
const file = join(dir, 'registre.sqlite');
const direct = tempRegister();
loadDemo(direct.db);
const channels: MessageChannel[] = [];

function line(): RegisterClient {
  const channel = new MessageChannel();
  channels.push(channel);
  serveRegister(channel.port2, () => now);
  return registerClient(channel.port1);
}

const client = line();

afterAll(async () => {
  await client.close();
  for (const c of channels) c.port1.close();
  direct.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('the register behind a message port', () => {
  it('refuses a call before a register is open, in French', async () => {
    expect(await line().call('sessions:list', {})).toEqual({
      ok: false,
      error: { type: 'internal', message: "Aucun registre n'est ouvert.", field: 'registre' },
    });
  });

  it("opens the app's own register the way the app starts: created with the demo session, locked", async () => {
    process.env.REGISTRE_DB = file;
    try {
      expect(await client.open()).toEqual({ ok: true, value: { file, created: true } });
    } finally {
      delete process.env.REGISTRE_DB;
    }
    expect(existsSync(`${file}.lock`)).toBe(true);
  });

  it('refuses to open a named register that does not exist, and creates a new one, empty, only when asked', async () => {
    const other = line();
    const missing = join(dir, 'faute-de-frappe.sqlite');
    const refused = await other.open(missing);
    expect(refused).toMatchObject({ ok: false, error: { type: 'not_found', field: 'registre' } });
    expect(!refused.ok && refused.error.message).toContain('registre init');
    expect(existsSync(missing)).toBe(false);
    const fresh = join(dir, 'nouveau.sqlite');
    expect(await other.open(fresh, true)).toEqual({ ok: true, value: { file: fresh, created: true } });
    expect(await other.call('sessions:list', {})).toEqual({ ok: true, value: [] });
    expect(await line().open(file, true)).toMatchObject({ ok: false, error: { type: 'validation', field: 'file' } });
    await other.close();
  });

  it.each([
    ['sessions:list', {}],
    ['session:acts', { body: 'CP', date: '2023-10-16' }],
    ['act:show', { body: 'CP', date: '2023-10-16', act: 'G1' }],
    ['extract:render', { body: 'CP', date: '2023-10-16', act: 'G1', format: 'pdf' }],
    ['session:acts', { body: 'CP', date: '16/10/2023' }],
    ['register:drop', {}],
  ])('answers %s %j exactly as handle() does on the same register', async (channel, payload) => {
    const viaPort = await client.call(channel, payload);
    expect(viaPort).toEqual(await handle(direct.db, channel, payload, now));
  });

  it('keeps the lock: a second line cannot open the same register', async () => {
    expect(await line().open(file)).toMatchObject({ ok: false, error: { type: 'locked', field: 'registre' } });
  });

  it('answers concurrent calls each with its own reply', async () => {
    const replies = await Promise.all([client.call('sessions:list', {}), client.call('act:show', { body: 'CP', date: '2023-10-16', act: 'G2' })]);
    expect(replies[0]).toEqual(await handle(direct.db, 'sessions:list', {}, now));
    expect(replies[1]).toEqual(await handle(direct.db, 'act:show', { body: 'CP', date: '2023-10-16', act: 'G2' }, now));
  });

  it('saves a manual copy next to the register, or a copy where the secretary chose', async () => {
    const copy = await client.backup();
    expect(copy.ok && existsSync(copy.value)).toBe(true);
    const chosen = join(mkdtempSync(join(tmpdir(), 'registre-copie-')), 'copie.sqlite');
    expect(await client.backup(chosen)).toEqual({ ok: true, value: chosen });
    const saved = new Database(chosen, { readonly: true });
    expect(saved.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(saved.prepare('SELECT count(*) FROM acts').pluck().get()).toBe(16);
    saved.close();
    rmSync(dirname(chosen), { recursive: true, force: true });
  });

  it('settles waiting and later calls with a French error when the register process stops', async () => {
    const mute = new MessageChannel();
    channels.push(mute);
    const orphan = registerClient(mute.port1);
    const waiting = orphan.call('sessions:list', {});
    orphan.stopped("Le processus du registre s'est arrêté.");
    const refused = { ok: false, error: { type: 'internal', message: "Le processus du registre s'est arrêté." } };
    expect(await waiting).toEqual(refused);
    expect(await orphan.call('sessions:list', {})).toEqual(refused);
  });

  it("opens the app's own register ($REGISTRE_DB) when no file is named", async () => {
    const own = join(dir, 'propre.sqlite');
    process.env.REGISTRE_DB = own;
    try {
      const other = line();
      expect(await other.open()).toEqual({ ok: true, value: { file: own, created: true } });
      await other.close();
    } finally {
      delete process.env.REGISTRE_DB;
    }
  });

  // « Ouvrir un registre partagé… » of the desktop app: the address and the password it typed, through the line.
  it.runIf(onPostgres)('opens a shared register by its address, with the password given, and gives back the lock of the file it had open', async () => {
    const other = line();
    const own = join(dir, 'avant-le-partage.sqlite');
    expect(await other.open(own, true)).toMatchObject({ ok: true });
    process.env.XDG_CONFIG_HOME = join(dir, 'config');
    try {
      expect(await other.open(direct.db.name, true)).toMatchObject({ ok: false, error: { type: 'validation', field: 'file' } });
      expect(await other.open(direct.db.name, false, 'mot de passe saisi')).toEqual({ ok: true, value: { file: direct.db.name, created: false } });
    } finally {
      delete process.env.XDG_CONFIG_HOME;
    }
    lockRegister(own).release();
    expect(await other.call('sessions:list', {})).toEqual(await handle(direct.db, 'sessions:list', {}, now));
    expect(await other.call('register:info', {})).toEqual({ ok: true, value: { file: direct.db.name, shared: true } });
    await other.close();
  });

  it('releases the lock on close', async () => {
    const other = line();
    expect(await other.open(join(dir, 'autre.sqlite'), true)).toMatchObject({ ok: true });
    expect(await other.close()).toEqual({ ok: true, value: null });
    // Released: another instance can take it at once.
    lockRegister(join(dir, 'autre.sqlite')).release();
  });
});
