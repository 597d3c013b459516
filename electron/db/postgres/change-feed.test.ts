import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../door/dispatch';
import { importSession } from '../../services/sessions/session-import';
import type { PgCluster } from '../../testing/pg-cluster';
import { PG_CLUSTER_HOOK_TIMEOUT, startPgCluster } from '../../testing/pg-cluster';
import { draftReferenceSession, tempSqliteRegister } from '../../testing/temp-register';
import { openSharedRegister } from './open-shared';
import type { SharedRegister } from './shared-register';
import { migratedDatabase } from './testing/pg-register';

let cluster: PgCluster;
let dir: string;
let amelie: SharedRegister;
let luc: SharedRegister;
const now = new Date('2026-12-04T10:00:00Z');
const session = { body: 'CP' as const, date: '2023-10-16' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'registre-feed-'));
  cluster = await startPgCluster();
  const { client, url } = await migratedDatabase(cluster);
  await client.end();
  amelie = await openSharedRegister(url, join(dir, 'amelie'));
  luc = await openSharedRegister(url, join(dir, 'luc'));
  // The reference session still in preparation: its attendance may change.
  importSession(amelie, draftReferenceSession());
}, PG_CLUSTER_HOOK_TIMEOUT);
afterAll(async () => {
  amelie.close();
  luc.close();
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}, PG_CLUSTER_HOOK_TIMEOUT);

const value = async (db: SharedRegister, channel: string, payload: unknown) => {
  const reply = await handle(db, channel, payload, now);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
};

describe('changes made by another secretary (LISTEN/NOTIFY)', () => {
  it("wakes the other app's waiting screen when a change commits, not the app that made it, and shows it", async () => {
    // The import above is the first change Luc's app hears of.
    await expect.poll(() => luc.feed?.changes).toBe(1);
    const seen = ((await value(luc, 'register:changes', { seen: -1 })) as { changes: number }).changes;
    const waiting = value(luc, 'register:changes', { seen });
    const before = await value(luc, 'attendance:get', session);

    const member = amelie.prepare("SELECT id FROM members WHERE last_name = 'GUISIANO'").pluck().get() as number;
    const changed = await value(amelie, 'attendance:set', { ...session, memberId: member, status: 'absent', holderId: null });

    expect(await waiting).toEqual({ live: true, changes: seen + 1 });
    // Luc's screen, reloaded on the news, shows Amélie's change, the quorum's counts included.
    const after = await value(luc, 'attendance:get', session);
    expect(after).not.toEqual(before);
    expect(after).toEqual(changed);
    // Her own change is no news to her own screens.
    expect(amelie.feed?.changes).toBe(0);
  });

  it('listens again once the server has dropped its connection, and counts the gap as a change', async () => {
    const before = luc.feed?.changes ?? 0;
    const admin = await cluster.admin();
    try {
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN registre_changes'");
    } finally {
      await admin.end();
    }
    // Back within a few seconds: the screens reload once, for whatever others did meanwhile.
    await expect.poll(() => luc.feed?.changes, { timeout: 60_000 }).toBeGreaterThan(before);
    const seen = luc.feed?.changes ?? 0;
    const waiting = value(luc, 'register:changes', { seen });
    await value(amelie, 'session:details', session);
    const member = amelie.prepare("SELECT id FROM members WHERE last_name = 'GUISIANO'").pluck().get() as number;
    await value(amelie, 'attendance:set', { ...session, memberId: member, status: 'present', holderId: null });
    expect(await waiting).toEqual({ live: true, changes: seen + 1 });
  }, 90_000);

  it('answers « nothing new » after a while, and says a file has no other writers', async () => {
    const feed = luc.feed;
    expect(feed).not.toBeNull();
    expect(await feed?.next(feed.changes, 50)).toBe(feed?.changes);
    const file = tempSqliteRegister();
    try {
      expect(await value(file.db as never, 'register:changes', { seen: 0 })).toEqual({ live: false, changes: 0 });
    } finally {
      file.cleanup();
    }
  });
});
