import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../door/dispatch';
import type { PgCluster } from '../../testing/pg-cluster';
import { PG_CLUSTER_HOOK_TIMEOUT, startPgCluster } from '../../testing/pg-cluster';
import { isServerUnreachable } from '../register';
import { connectPostgresSync } from './connect';
import { openSharedRegister } from './open-shared';
import type { SharedRegister } from './shared-register';
import type { SyncConnection } from './sync-connection';
import { migratedDatabase } from './testing/pg-register';

let cluster: PgCluster;
let dir: string;
let db: SharedRegister;
let admin: SyncConnection;
const now = new Date('2026-12-04T10:00:00Z');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'registre-reconnect-'));
  cluster = await startPgCluster();
  const { client, url } = await migratedDatabase(cluster);
  await client.end();
  db = await openSharedRegister(url, dir);
  admin = connectPostgresSync(cluster.url('postgres'));
}, PG_CLUSTER_HOOK_TIMEOUT);
afterAll(async () => {
  admin.close();
  db.close();
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}, PG_CLUSTER_HOOK_TIMEOUT);

const settings = () => db.prepare("SELECT key FROM settings WHERE key LIKE 'essai-%' ORDER BY key").pluck().all();
/** The server ends the register's connection, as a restart or a network cut does. */
const cut = () => admin.query('SELECT pg_terminate_backend($1)', [db.backendPid()]);

describe('a shared register whose server goes away', () => {
  it('loses nothing half-way: a transaction cut in the middle leaves nothing, and is said unreachable', () => {
    let error: unknown;
    try {
      db.transaction(() => {
        db.prepare("INSERT INTO settings (key, value) VALUES ('essai-1', 'avant la coupure')").run();
        cut();
        db.prepare("INSERT INTO settings (key, value) VALUES ('essai-2', 'après la coupure')").run();
      })();
    } catch (e) {
      error = e;
    }
    expect(isServerUnreachable(error)).toBe(true);
    // The next statement finds the server again on a new connection: the first insert was undone.
    expect(settings()).toEqual([]);
  });

  it('resumes once the server answers: the next operation works without reopening anything', async () => {
    cut();
    const reply = await handle(db, 'sessions:list', {}, now);
    expect(reply).toEqual({ ok: true, value: [] });
    db.transaction(() => db.prepare("INSERT INTO settings (key, value) VALUES ('essai-3', 'repris')").run())();
    expect(settings()).toEqual(['essai-3']);
  });

  it('says in French, once the server is stopped, that it does not answer and that the typing is kept', async () => {
    await cluster.stop();
    const reply = await handle(db, 'attendance:get', { body: 'CP', date: '2023-10-16' }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'conflict' } });
    expect(!reply.ok && reply.error.message).toMatch(/^Le serveur du registre partagé ne répond pas \(postgres:\/\/.*\) : rien n'a été enregistré ; votre saisie est gardée/);
  });
});
