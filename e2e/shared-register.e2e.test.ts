import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../electron/door/dispatch';
import { openSharedRegister } from '../electron/db/postgres/open-shared';
import type { SharedRegister } from '../electron/db/postgres/shared-register';
import { migratedDatabase } from '../electron/db/postgres/testing/pg-register';
import { importSession } from '../electron/services/sessions/session-import';
import { callValue } from '../electron/testing/contract-call';
import { onPostgres } from '../electron/testing/engine';
import type { PgCluster } from '../electron/testing/pg-cluster';
import { PG_CLUSTER_HOOK_TIMEOUT, startPgCluster } from '../electron/testing/pg-cluster';
import { draftReferenceSession } from '../electron/testing/temp-register';
import type { E2eApp } from './harness';
import { E2E_SETUP_TIMEOUT, screenshot, startAppOn } from './harness';

/*
 * Two secretaries on one shared register (PostgreSQL): Luc has the Présences of the session open
 * in his app; Amélie, in hers, marks a member absent. Luc's screen shows it — the quorum indicator
 * included — without his reloading the page.
 */

let cluster: PgCluster;
let dir: string;
let amelie: SharedRegister;
let luc: E2eApp<SharedRegister>;
const now = new Date('2026-12-04T10:00:00Z');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'registre-e2e-shared-'));
  cluster = await startPgCluster();
  const { client, url } = await migratedDatabase(cluster);
  await client.end();
  amelie = await openSharedRegister(url, join(dir, 'amelie'));
  importSession(amelie, draftReferenceSession());
  luc = await startAppOn(mkdtempSync(join(tmpdir(), 'registre-e2e-luc-')), await openSharedRegister(url, join(dir, 'luc')), now);
}, Math.max(E2E_SETUP_TIMEOUT, PG_CLUSTER_HOOK_TIMEOUT));
afterAll(async () => {
  await luc?.close();
  amelie?.close();
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
}, PG_CLUSTER_HOOK_TIMEOUT);

// Starts a PostgreSQL server of its own: run once, in the first pass (npm test), not again in the PostgreSQL pass.
describe.skipIf(onPostgres)('a shared register in two apps', () => {
  it("shows Luc, without reloading, the absence Amélie has just marked, and the quorum it leaves", async () => {
    const page = luc.page;
    await page.goto(luc.host.url);
    await page.getByRole('button', { name: '16 octobre 2023' }).click();
    await page.getByRole('tab', { name: 'Présences' }).click();
    const indicator = () => page.locator('.indicator').first().textContent();
    await expect.poll(indicator).toContain('quorum atteint');
    const before = await indicator();
    const reloads = await page.evaluate('performance.getEntriesByType("navigation").length');

    const member = amelie.prepare("SELECT id FROM members WHERE last_name = 'GUISIANO'").pluck().get() as number;
    const reply = await handle(amelie, 'attendance:set', { body: 'CP', date: '2023-10-16', memberId: member, status: 'absent', holderId: null }, now);
    expect(reply.ok).toBe(true);

    await expect.poll(indicator).not.toBe(before);
    expect(await indicator()).toMatch(/quorum atteint \(\d+ \+ \d+ ≥ 24\)/);
    expect(await page.evaluate('performance.getEntriesByType("navigation").length')).toBe(reloads);
    await screenshot(page, 'registre-partage-presences.png');
  });

  it('shows Luc, on Séances, the séance Amélie has just created', async () => {
    const page = luc.page;
    await page.goto(luc.host.url);
    const years = page.getByRole('main').getByRole('group', { name: 'Année' });
    await expect.poll(() => page.getByRole('main').getByRole('button', { name: '16 octobre 2023' }).count()).toBe(1);
    const session = { body: 'CP', date: '2026-12-10' } as const;
    const [president] = await callValue(amelie, 'members:in-office', session, now);
    if (president === undefined) throw new Error('aucun membre en exercice');
    await callValue(amelie, 'session:create', { ...session, time: '10:00', place: 'Toulon', presidentId: president.id }, now);
    await expect.poll(() => years.getByRole('button', { name: '2026' }).count()).toBe(1);
  });

  // Last: it stops the server.
  it('keeps what Luc types in an act when the server stops, and does not offer to reload the act over it', async () => {
    const page = luc.page;
    await page.goto(`${luc.host.url}#/acte/CP/2023-10-16/G25`);
    const visas = page.getByLabel('Visas');
    await expect.poll(() => visas.inputValue()).toContain('Vu');
    await cluster.stop();
    await visas.fill('Vu le code général des collectivités territoriales ;');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('.save-status').textContent()).toContain('Le serveur du registre partagé ne répond pas');
    expect(await visas.inputValue()).toBe('Vu le code général des collectivités territoriales ;');
    expect(await page.getByRole('button', { name: /^Recharger l'acte/ }).count()).toBe(0);
  });
});
