import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../electron/db/open';
import { openSharedRegister } from '../electron/db/postgres/open-shared';
import { migratedDatabase } from '../electron/db/postgres/testing/pg-register';
import { KnownSharedRegisters } from '../electron/services/register/known-shared-registers';
import { openRegisterAt } from '../electron/services/register/register-open';
import { prepareRegister } from '../electron/services/register/register-prepare';
import { importSession } from '../electron/services/sessions/session-import';
import { onPostgres } from '../electron/testing/engine';
import type { PgCluster } from '../electron/testing/pg-cluster';
import { PG_CLUSTER_HOOK_TIMEOUT, startPgCluster } from '../electron/testing/pg-cluster';
import { draftReferenceSession } from '../electron/testing/temp-register';
import type { E2eApp } from './harness';
import { E2E_SETUP_TIMEOUT, screenshot, startAppOn } from './harness';

/*
 * « Ouvrir un registre partagé » : a secretary working on her own register (the demo) types the
 * address of her team's register on a PostgreSQL server; the page starts again on it. The local host
 * has no keychain: the address is remembered, never a password.
 */

let cluster: PgCluster;
let dir: string;
let database: string;
let app: E2eApp;
const opened: Db[] = [];
const now = new Date('2026-12-04T10:00:00Z');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'registre-e2e-open-shared-'));
  cluster = await startPgCluster();
  const { client, url, name } = await migratedDatabase(cluster);
  await client.end();
  database = name;
  const team = await openSharedRegister(url, join(dir, 'equipe'));
  importSession(team, draftReferenceSession());
  team.close();
  const { db } = await prepareRegister(join(dir, 'registre.sqlite'), now, 'demo');
  app = await startAppOn(mkdtempSync(join(tmpdir(), 'registre-e2e-secretary-')), db, now, {
    known: new KnownSharedRegisters(null, join(dir, 'registres-partagés.json')),
    reopen: async (address, password) => {
      const next = await openRegisterAt(address, 'refuse', now, password);
      opened.push(next.db);
      return next.db;
    },
  });
}, Math.max(E2E_SETUP_TIMEOUT, PG_CLUSTER_HOOK_TIMEOUT));
afterAll(async () => {
  await app?.close();
  for (const db of opened) db.close();
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
}, PG_CLUSTER_HOOK_TIMEOUT);

// Starts a PostgreSQL server of its own: run once, in the first pass (npm test), not again in the PostgreSQL pass.
describe.skipIf(onPostgres)('« Ouvrir un registre partagé »', () => {
  it('refuses a port that is not a number and a database that does not exist, under their fields, and stays on the register in use', async () => {
    const page = app.page;
    await page.goto(app.host.url);
    await page.getByRole('button', { name: 'Ouvrir un registre partagé' }).click();
    await expect.poll(() => page.getByText("Ce poste n'a pas de trousseau du système").count()).toBe(1);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    // Without a keychain, the password hint does not promise one.
    expect(await page.getByText('Laissé vide : celui de la variable PGPASSWORD ou du fichier .pgpass de ce poste.').count()).toBe(1);
    await page.getByLabel('Serveur').fill('127.0.0.1');
    await page.getByLabel('Port').fill('cinq');
    await page.getByLabel('Base').fill('inexistante');
    await page.getByLabel('Utilisateur').fill('postgres');
    await page.getByRole('button', { name: 'Ouvrir le registre partagé' }).click();
    await expect.poll(() => page.getByLabel('Port').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.settings-field', { has: page.getByLabel('Port') }).textContent()).toContain('Port : numéro attendu, 5432 en général.');

    await page.getByLabel('Port').fill(String(cluster.port));
    await page.getByRole('button', { name: 'Ouvrir le registre partagé' }).click();
    await expect.poll(() => page.getByLabel('Base').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.settings-field', { has: page.getByLabel('Base') }).textContent()).toContain(`La base « inexistante » n’existe pas sur le serveur 127.0.0.1:${cluster.port}`);
    expect(await page.locator('.status-bar').textContent()).toContain('Verrouillé pour cette fenêtre');
  });

  it('opens the team’s register: the page starts again on it, says it is shared, and offers it next time without keeping a password', async () => {
    const page = app.page;
    await page.getByLabel('Base').fill(database);
    await page.getByLabel('Mot de passe').fill('mot de passe de la Drôme');
    await page.getByRole('button', { name: 'Ouvrir le registre partagé' }).click();
    await expect.poll(() => page.locator('.status-bar').textContent()).toContain('Registre partagé : d’autres secrétaires');
    const address = `postgres://postgres@127.0.0.1:${cluster.port}/${database}`;
    expect(await page.locator('.status-bar').textContent()).toContain(`Registre : ${address}`);
    await page.getByRole('button', { name: '16 octobre 2023' }).click();
    await page.getByRole('tab', { name: 'Présences' }).click();
    await expect.poll(() => page.locator('.indicator').first().textContent()).toContain('quorum atteint');

    await page.getByRole('button', { name: 'Ouvrir un registre partagé' }).click();
    const row = page.getByRole('row', { name: new RegExp(`${database} sur 127\\.0\\.0\\.1:${cluster.port} \\(postgres\\)`) });
    await expect.poll(() => row.textContent()).toContain('demandé à l’ouverture');
    await screenshot(page, 'registre-partage-ouvrir.png');
    const file = join(dir, 'registres-partagés.json');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).not.toMatch(/password|Drôme/);
  });
});
