import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../templates/testing/extract-text';
import type { E2eApp } from './harness';
import { chooseOption, startApp, E2E_SETUP_TIMEOUT } from './harness';

/*
 * Issue 15, as a secretary met it: forms that froze after a refusal, typing lost while a field was
 * refused, an absent member named in a vote, a session lost on F5. Each test reproduces the defect
 * and shows it gone.
 */

let app: E2eApp;
let page: Page;
const violations: string[] = [];

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text());
  });
}, E2E_SETUP_TIMEOUT);
afterAll(async () => {
  await app?.close();
});

const choose = (label: string | RegExp, option: string | RegExp) => chooseOption(page, label, option);
const saveStatus = () => page.locator('.save-status').textContent();

describe('forms accept their corrected submission', () => {
  it('« Créer la séance »: a refused hour, corrected, creates the session; the message names « Heure »', async () => {
    await page.goto(app.host.url);
    await page.getByLabel('Date').fill('2024-01-15');
    await page.getByLabel('Lieu').fill('Hôtel du Département, Toulon');
    await page.getByLabel('Heure').fill('25:70');
    await expect.poll(() => page.getByRole('button', { name: /Président de séance \(46 membres en exercice\)/ }).textContent()).toContain('M. Jean-Louis MASSON');
    await page.getByRole('button', { name: 'Créer la séance' }).click();
    const error = page.locator('.new-session .field-error');
    await expect.poll(() => error.first().textContent()).toBe('Heure attendue au format HH:MM, par exemple 09:30.');
    await page.getByLabel('Heure').fill('10:00');
    expect(await error.count()).toBe(0);
    await page.getByRole('button', { name: 'Créer la séance' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Commission permanente — séance du 15 janvier 2024');
  });

  it("« Ajouter à l'ordre du jour »: an empty objet is refused, then the typed one is added", async () => {
    await page.getByRole('tab', { name: 'Ordre du jour' }).click();
    await page.getByRole('button', { name: "Ajouter à l'ordre du jour" }).click();
    await expect.poll(() => page.locator('.inline-form .field-error').textContent()).toContain('objet obligatoire');
    for (const object of ['Aide aux communes rurales', 'Subvention au collège Pierre Puget']) {
      await page.getByLabel('Objet du nouvel acte').fill(object);
      await page.getByRole('button', { name: "Ajouter à l'ordre du jour" }).click();
      await expect.poll(() => page.getByRole('cell', { name: object }).count()).toBe(1);
    }
    expect(await page.locator('.inline-form .field-error').count()).toBe(0);
  });

  it('« Renuméroter »: a refused number, corrected, renumbers; reopening shows no stale refusal', async () => {
    await page.getByRole('button', { name: 'Renuméroter G2' }).click();
    await page.getByLabel('Nouveau numéro').fill('G1');
    await page.getByRole('button', { name: 'Renuméroter', exact: true }).click();
    const dialogError = page.getByRole('dialog').locator('.field-error');
    await expect.poll(() => dialogError.textContent()).toContain('G1 a déjà été donné dans cette séance');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await page.getByRole('button', { name: 'Renuméroter G2' }).click();
    expect(await dialogError.count()).toBe(0);
    await page.getByLabel('Nouveau numéro').fill('G1');
    await page.getByRole('button', { name: 'Renuméroter', exact: true }).click();
    await expect.poll(() => dialogError.count()).toBe(1);
    await page.getByLabel('Nouveau numéro').fill('G3');
    expect(await dialogError.count()).toBe(0);
    await page.getByRole('button', { name: 'Renuméroter', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'G2 est devenu G3.' }).count()).toBe(1);
  });

  it('« Appliquer » for an act: a withdrawal refused without its motif, once the motif is chosen, applies', async () => {
    await page.getByRole('tab', { name: 'Présences' }).click();
    await page.getByRole('radiogroup', { name: 'Présence de M. Thierry ALBERTINI' }).getByRole('radio', { name: 'Absent' }).click({ force: true });
    await expect.poll(() => page.locator('.indicator').first().textContent()).toContain('1 absent');
    await choose(/ Acte$/, /^G3 —/);
    await choose(/ Élu$/, 'M. Marc LAURIOL');
    await choose(/ Pour cet acte$/, 'ne prend pas part (se retire)');
    await page.getByRole('button', { name: 'Appliquer à G3' }).click();
    const panel = page.locator('.act-panel');
    await expect.poll(() => panel.locator('.field-error').first().textContent()).toContain('Motif du retrait : choisissez');
    await choose(/ Motif du retrait$/, "intérêt à l'affaire (CGCT L1111-6)");
    expect(await panel.locator('.field-error').count()).toBe(0);
    await page.getByRole('button', { name: 'Appliquer à G3' }).click();
    await expect.poll(() => panel.getByRole('table').textContent()).toContain('ne prend pas part (se retire)');
  });
});

describe('the register lets no absent member into a vote', () => {
  it('offers only the voters of the act for a public ballot, and says when the counts do not close', async () => {
    await page.getByRole('tab', { name: 'Ordre du jour' }).click();
    await page.getByRole('button', { name: "Ouvrir l'acte G1" }).click();
    await expect.poll(() => page.getByRole('group', { name: /Vote/ }).first().textContent()).toContain('45 votants');
    await choose(/ Résultat$/, 'Adopté à la majorité');
    await choose(/ Scrutin$/, 'scrutin public');
    await page.getByRole('button', { name: /Ajouter : ont voté contre$/ }).click();
    const options = await page.getByRole('option').allTextContents();
    await page.keyboard.press('Escape');
    expect(options).toContain('M. Jean-Louis MASSON');
    expect(options).not.toContain('M. Thierry ALBERTINI');
    await page.getByLabel('Pour', { exact: true }).fill('40');
    await expect.poll(() => page.locator('.vote .field-error').textContent()).toContain('40 voix et non-participations pour 45 votants');
    await choose(/ Scrutin$/, 'à main levée');
    await page.getByLabel('Ne prennent pas part', { exact: true }).fill('5');
    await expect.poll(saveStatus).toMatch(/^Enregistré à/);
    expect(await page.locator('.vote .field-error').textContent()).toBe('');
  });
});

describe('typing is never lost', () => {
  it('saves every other field while the objet is refused, keeps its draft on leaving (after asking) and coming back', async () => {
    await page.getByLabel('Objet', { exact: true }).fill('');
    await page.getByLabel('Visas').fill('Vu le code général des collectivités territoriales ;');
    await expect.poll(saveStatus).toContain('Non enregistré : Objet obligatoire.');
    await expect.poll(saveStatus).toContain('Les autres champs sont enregistrés');
    await expect.poll(() => page.locator('.preview').textContent()).toContain('Vu le code général des collectivités territoriales ;');
    // Leaving asks in the app's own modal dialog: « Rester sur l'acte » keeps it open, draft and all.
    const ask = page.getByRole('alertdialog', { name: 'Quitter sans enregistrer ?' });
    await page.getByRole('button', { name: 'Séance du 15/01/2024' }).click();
    await expect.poll(() => ask.isVisible()).toBe(true);
    expect(await ask.textContent()).toContain("Objet de l'acte G1 n'est pas enregistré");
    await ask.getByRole('button', { name: "Rester sur l'acte" }).click();
    await expect.poll(() => ask.count()).toBe(0);
    expect(await page.getByLabel('Visas').inputValue()).toBe('Vu le code général des collectivités territoriales ;');
    // Échap is « rester » too; « Quitter l'acte » leaves.
    await page.getByRole('button', { name: 'Séance du 15/01/2024' }).click();
    await expect.poll(() => ask.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => ask.count()).toBe(0);
    expect(await page.getByLabel('Objet', { exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Séance du 15/01/2024' }).click();
    await ask.getByRole('button', { name: "Quitter l'acte" }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Ordre du jour' }).isVisible()).toBe(true);
    await page.getByRole('tab', { name: 'Ordre du jour' }).click();
    await page.getByRole('button', { name: "Ouvrir l'acte G1" }).click();
    expect(await page.getByLabel('Objet', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('Visas').inputValue()).toBe('Vu le code général des collectivités territoriales ;');
    await page.getByLabel('Objet', { exact: true }).fill('Aide aux communes rurales du Haut-Var');
    await expect.poll(saveStatus).toMatch(/^Enregistré à/);
    await expect.poll(() => page.locator('.preview').textContent()).toContain('Aide aux communes rurales du Haut-Var');
  });
});

describe('a projet is not an official act', () => {
  it("gives an undecided act's extract marked « PROJET », without signature nor technical reference", async () => {
    await page.getByRole('button', { name: 'Séance du 15/01/2024' }).click();
    await page.getByRole('tab', { name: 'Ordre du jour' }).click();
    await page.getByRole('button', { name: "Ouvrir l'acte G3" }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: "Télécharger l'extrait (PDF)" }).click()]);
    const file = join(app.dir, 'G3.pdf');
    await download.saveAs(file);
    const text = await pdfText(readFileSync(file), { raw: true });
    expect(text).toMatch(/P\s*R\s*O\s*J\s*E\s*T/);
    expect(text).toContain('Vote à venir.');
    expect(text).not.toContain('Signé :');
    expect(text).not.toContain('Référence technique');
  });
});

describe('host mode', () => {
  it('keeps the session on F5, serves a favicon, and breaks no CSP rule', async () => {
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Séances');
    await expect.poll(() => page.getByRole('button', { name: '15 janvier 2024' }).count()).toBe(1);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const served = await page.request.get(new URL(icon ?? '', app.host.origin + '/').href);
    expect(served.headers()['content-type']).toBe('image/png');
    expect(violations).toEqual([]);
  });
});
