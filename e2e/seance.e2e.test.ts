import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../templates/testing/extract-text';
import type { E2eApp } from './harness';
import { chooseOption, screenshot, startApp, E2E_SETUP_TIMEOUT } from './harness';

let app: E2eApp;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
}, E2E_SETUP_TIMEOUT);
afterAll(async () => {
  await app?.close();
});

const choose = (label: string | RegExp, option: string | RegExp) => chooseOption(page, label, option);
const indicator = () => page.locator('.indicator').first().textContent();

describe('a session from creation to its first extract, in a browser', () => {
  it('creates a session: members in office offered, the président chosen for the secretary', async () => {
    await page.goto(app.host.url);
    await page.getByLabel('Date').fill('2024-01-15');
    await page.getByLabel('Lieu').fill('Hôtel du Département, Toulon');
    await expect.poll(() => page.getByRole('button', { name: /Président de séance \(46 membres en exercice\)/ }).textContent()).toContain('M. Jean-Louis MASSON');
    await screenshot(page, 'nouvelle-seance.png');
    await page.getByRole('button', { name: 'Créer la séance' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Commission permanente — séance du 15 janvier 2024');
    // The button pressed is gone with the Séances screen: focus is on the new session's title, not lost to the page.
    expect(await page.locator(':focus').evaluate((e: { tagName: string; textContent: string | null }) => `${e.tagName} ${e.textContent}`)).toBe('H1 Commission permanente — séance du 15 janvier 2024');
  });

  it('adds acts to the ordre du jour', async () => {
    await page.getByRole('tab', { name: 'Ordre du jour' }).click();
    for (const object of ['Aide aux communes rurales', 'Subvention au collège Pierre Puget']) {
      await page.getByLabel('Objet du nouvel acte').fill(object);
      await page.getByRole('button', { name: "Ajouter à l'ordre du jour" }).click();
      await expect.poll(() => page.getByRole('cell', { name: object }).count()).toBe(1);
    }
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'G2 a été ajouté' }).count()).toBe(1);
    await screenshot(page, 'ordre-du-jour.png');
  });

  it('marks an absence with a procuration, and the live quorum counts it', async () => {
    await page.getByRole('tab', { name: 'Présences' }).click();
    await page.getByRole('radiogroup', { name: 'Présence de M. Jean-Martin GUISIANO' }).getByRole('radio', { name: 'Absent' }).click({ force: true });
    await choose(/Procuration de M. Jean-Martin GUISIANO à/, 'M. Marc LAURIOL');
    await expect.poll(indicator).toContain('quorum atteint (45 + 1 ≥ 24)');
  });

  it('refuses an invalid procuration with the French rule next to the member, the grid unchanged', async () => {
    await page.getByRole('radiogroup', { name: 'Présence de M. Marc LAURIOL' }).getByRole('radio', { name: 'Absent' }).click({ force: true });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Procuration de M. Jean-Martin GUISIANO à M. Marc LAURIOL pour la séance : le mandataire doit être présent.');
    expect(await page.getByRole('radiogroup', { name: 'Présence de M. Marc LAURIOL' }).getByRole('radio', { name: 'Présent' }).isChecked()).toBe(true);
    expect(await indicator()).toContain('45 + 1 ≥ 24');
  });

  it('steps the président out of G2: its quorum and presiding member change, G1 keeps its own', async () => {
    await choose(/ Acte$/, /^G2 —/);
    await choose(/ Élu$/, 'M. Jean-Louis MASSON');
    await choose(/ Pour cet acte$/, 'absent pour cet acte (sort de la salle)');
    await page.getByRole('button', { name: 'Appliquer à G2' }).click();
    const panel = page.locator('.act-panel .indicator');
    await expect.poll(() => panel.textContent()).toContain('Acte G2 : quorum atteint (44 + 1 ≥ 24)');
    expect(await panel.textContent()).toContain('Présidence : Monsieur Didier BREMOND, Premier Vice-président du Conseil départemental');
    await screenshot(page, 'presences.png', { fullPage: true });
    await page.getByRole('tab', { name: 'Ordre du jour' }).click();
    const g1 = page.getByRole('row').filter({ has: page.getByRole('button', { name: "Ouvrir l'acte G1" }) });
    const g2 = page.getByRole('row').filter({ has: page.getByRole('button', { name: "Ouvrir l'acte G2" }) });
    await expect.poll(() => g2.textContent()).toContain('Monsieur Didier BREMOND');
    expect(await g1.textContent()).toContain('Monsieur Jean-Louis MASSON');
  });

  it('edits G1 with autosave and a live preview, then downloads its extract', async () => {
    await page.getByRole('button', { name: "Ouvrir l'acte G1" }).click();
    await page.getByLabel('Visas').fill('Vu le code général des collectivités territoriales ;');
    await page.getByLabel('Décisions (DÉCIDE :)').fill("d'attribuer les aides suivantes :\nCommune\tMontant\nBargemon\t12 000,00 €\n\nd'autoriser le Président à signer les conventions.");
    await choose(/ Résultat$/, "Adopté à l'unanimité");
    await expect.poll(() => page.locator('.save-status').textContent()).toMatch(/^Enregistré à/);
    const preview = page.locator('.preview');
    await expect.poll(() => preview.textContent()).toContain("Adopté à l'unanimité.");
    expect(await preview.textContent()).toContain('Vu le code général des collectivités territoriales ;');
    expect(await preview.locator('table').textContent()).toContain('Bargemon12 000,00 €');
    await screenshot(page, 'editeur.png', { fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: "Télécharger l'extrait (PDF)" }).click()]);
    const file = join(app.dir, 'G1.pdf');
    await download.saveAs(file);
    const text = await pdfText(readFileSync(file), { raw: true });
    expect(text).toContain('OBJET : Aide aux communes rurales');
    expect(text).toContain('Vu le code général des collectivités territoriales ;');
    expect(text).toContain("Adopté à l'unanimité.");
  });

  it('shows a refused save in French and keeps what was typed', async () => {
    await choose(/ Résultat$/, 'Adopté à la majorité');
    await page.getByLabel('Contre', { exact: true }).fill('50');
    await expect.poll(() => page.locator('.save-status').textContent()).toContain('Non enregistré : G1 : Vote :');
    expect(await page.getByLabel('Contre', { exact: true }).inputValue()).toBe('50');
    await page.getByLabel('Contre', { exact: true }).fill('0');
    await expect.poll(() => page.locator('.save-status').textContent()).toMatch(/^Enregistré à/);
  });

  it('names who voted against in a public ballot, as the law asks, and prints them', async () => {
    await choose(/ Scrutin$/, 'scrutin public');
    // G1 has 46 votants (45 présents, M. GUISIANO represented): the counts close on them.
    await page.getByLabel('Contre', { exact: true }).fill('1');
    await page.getByLabel('Pour', { exact: true }).fill('45');
    await expect.poll(() => page.locator('.save-status').textContent()).toContain('0 nom « contre » pour 1 voix');
    await choose(/Ajouter : ont voté contre$/, 'M. Thierry ALBERTINI');
    await expect.poll(() => page.locator('.save-status').textContent()).toMatch(/^Enregistré à/);
    await expect.poll(() => page.locator('.preview').textContent()).toContain('A voté contre : M. Thierry ALBERTINI.');
  });
});
