import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../electron/db/open';
import { onPostgres } from '../electron/testing/engine';
import { snapshot } from '../electron/testing/temp-register';
import type { E2eApp } from './harness';
import { root, screenshot, startApp, E2E_SETUP_TIMEOUT } from './harness';

let app: E2eApp;
let db: Db;
let page: Page;

beforeAll(async () => {
  app = await startApp(new Date('2026-11-24T09:00:00Z'), { register: 'empty' });
  ({ db, page } = app);
  await page.goto(app.host.url);
}, E2E_SETUP_TIMEOUT);
afterAll(async () => {
  await app?.close();
});

const HEADER = 'civilité;prénom;nom;organe;début;fin;qualité;rang';
const ELUS = [
  'M.;Jean;Dupont;CP;01/07/2021;;Président du Conseil départemental;0',
  'Mme;Hélène;Martin;CP;01/07/2021;;Première Vice-présidente;1',
  'M.;Paul;Durand;CP;01/07/2021;;;',
  'Mme;Zoé;Lefèvre;CP;01/07/2021;;;',
  'Mme;Ana;Roux;CP;01/07/2021;;;',
];
const csv = (rows: string[]) => ({ name: 'elus.csv', mimeType: 'text/csv', buffer: Buffer.from(`${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8') });
const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('a register of one’s own, from an empty register, in a browser', () => {
  it('opens on the guided first screen and records the collectivité and its Commission permanente', async () => {
    // The first display waits for the built interface and its first calls: slow on a loaded machine.
    await page.getByRole('heading', { name: 'Nouveau registre : mise en route', level: 1 }).waitFor({ timeout: 30_000 });
    await page.getByLabel('Nom de la collectivité').fill('Département du Var');
    await page.getByLabel('Code département').fill('083');
    await page.getByLabel('SIREN').fill('228300018');
    await page.getByLabel('SIRET').fill('22830001800014');
    await page.getByLabel('Site de publication').fill('site internet du Département du Var');
    await page.getByRole('button', { name: 'Enregistrer la collectivité' }).click();
    await page.getByText('Collectivité enregistrée.').waitFor();
    await page.getByRole('button', { name: "Enregistrer l'organe CP" }).click();
    await expect.poll(() => count('bodies')).toBe(1);
    expect(db.prepare('SELECT siret FROM collectivity').pluck().get()).toBe('22830001800014');
  });

  it('refuses a spreadsheet with one bad row, naming its line, and imports nothing', async () => {
    const before = snapshot(db);
    const input = page.getByLabel("Importer les élus d'un tableur (CSV)");
    await input.setInputFiles(csv([...ELUS.slice(0, 2), 'Mr;Paul;Durand;CP;01/07/2021;;;', ...ELUS.slice(3)]));
    const alert = page.locator('.file-import-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('ligne 4 : civilité « Mr » : « M. » ou « Mme » attendu.');
    expect(snapshot(db)).toEqual(before);
  });

  it('imports five élus from a CSV file through the file input', async () => {
    await page.getByLabel("Importer les élus d'un tableur (CSV)").setInputFiles(csv(ELUS));
    await page.getByText('5 élus ajoutés, 5 mandats enregistrés.').waitFor();
    expect(count('members')).toBe(5);
    expect(count('mandates')).toBe(5);
    await screenshot(page, 'premier-registre.png', { fullPage: true });
  });

  it('creates the first session, presided by the Président, once the signatory of its certification is set', async () => {
    await page.getByLabel('Formule', { exact: true }).fill('Pour le Président du Conseil départemental,');
    await page.getByLabel('Qualité du signataire', { exact: true }).fill('La Directrice générale des services');
    await page.getByLabel('Nom du signataire', { exact: true }).fill('Claire MOREL');
    await page.getByRole('button', { name: 'Enregistrer le signataire CP' }).click();
    await expect.poll(() => db.prepare("SELECT count(*) FROM settings WHERE key LIKE 'signatory%'").pluck().get()).toBe(1);
    // Before a date, the choice says what it waits for, not « 0 membre en exercice » (seen by the tryout).
    expect(await page.getByText('Président de séance (choisissez d’abord le jour)').count()).toBeGreaterThan(0);
    await page.getByLabel('Date', { exact: true }).fill('2026-12-14');
    await page.getByLabel('Lieu').fill('Hôtel du Département, Toulon');
    await expect.poll(() => page.getByText('Président de séance (5 membres en exercice)').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Créer la première séance' }).click();
    await expect.poll(() => count('sessions')).toBe(1);
    expect(db.prepare('SELECT s.date, m.last_name FROM sessions s JOIN members m ON m.id = s.president_id').get()).toEqual({ date: '2026-12-14', last_name: 'DUPONT' });
  });

  it('shows the journal of the register, filtered, and exports it as registre journal --csv does', async () => {
    await page.getByRole('button', { name: 'Journal', exact: true }).click();
    const table = page.locator('.journal-table');
    await table.waitFor();
    expect(await table.textContent()).toContain('séance');
    await page.getByLabel('Du', { exact: true }).fill('2999-01-01');
    await page.getByText('Aucune modification ne correspond à ces filtres.').waitFor();
    await page.getByLabel('Du', { exact: true }).fill('');
    await table.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('journal.csv');
    const file = join(app.dir, 'journal.csv');
    await download.saveAs(file);
    expect(readFileSync(file, 'utf8').split('\r\n')[0]).toBe('\uFEFFQuand (UTC);Qui;Organe;Séance;Acte;Quoi;Avant;Après');
  });

  it.runIf(onPostgres)('says where a shared register is backed up: on its server, not on this computer', async () => {
    await page.getByRole('button', { name: 'Sauvegardes', exact: true }).click();
    await expect.poll(() => page.locator('.backups-note').textContent()).toContain('Ce registre est partagé : il vit sur un serveur PostgreSQL');
    expect(await page.getByRole('button', { name: 'Sauvegarder maintenant' }).count()).toBe(0);
  });

  it.skipIf(onPostgres)('saves a backup on demand', async () => {
    await page.getByRole('button', { name: 'Sauvegardes', exact: true }).click();
    await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    await page.getByText(/^Sauvegarde du .* enregistrée\.$/).waitFor();
    const list = page.getByRole('table', { name: 'Sauvegardes, de la plus récente à la plus ancienne' });
    await expect.poll(() => list.getByRole('row').count()).toBe(3);
    expect(await list.textContent()).toContain('manuelle');
  });

  it('imports a session file from the Séances screen', async () => {
    await page.getByRole('button', { name: 'Séances', exact: true }).click();
    await page.getByLabel('Fichier de séance (JSON)').setInputFiles(join(root, 'reference', 'session-2023-10-16.json'));
    await expect.poll(() => count('sessions')).toBe(2);
    expect(count('acts')).toBe(16);
  });
});
