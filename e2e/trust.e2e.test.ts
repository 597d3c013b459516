import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signExtract } from '../electron/services/documents/signed-extracts';
import type { TestPki } from '../electron/services/signing/testing/fixtures';
import { makeTestPki, PASSPHRASE, SIGNING_TIME } from '../electron/services/signing/testing/fixtures';
import { pdfText } from '../templates/testing/extract-text';
import type { E2eApp } from './harness';
import { chooseOption, screenshot, startApp, E2E_SETUP_TIMEOUT } from './harness';

/*
 * Issue 15, as a secretary met it: forms that froze after a refusal, typing lost while a field was
 * refused, an absent member named in a vote, a session lost on F5. Each test reproduces the defect
 * and shows it gone.
 */

let app: E2eApp;
let page: Page;
let pki: TestPki;
const violations: string[] = [];

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  // G1 of the reference session signed (the signing screen has its own test in generation.e2e).
  pki = makeTestPki();
  await signExtract(app.db, { body: 'CP', date: '2023-10-16', act: 'G1', p12: pki.signerP12, passphrase: PASSPHRASE, now: SIGNING_TIME });
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text());
  });
}, E2E_SETUP_TIMEOUT);
afterAll(async () => {
  if (pki !== undefined) rmSync(pki.dir, { recursive: true, force: true });
  await app?.close();
});

const choose = (label: string | RegExp, option: string | RegExp) => chooseOption(page, label, option);
const saveStatus = () => page.locator('.save-status').textContent();
/** The open act's extract, downloaded as a PDF: its bytes. */
async function downloadExtract(name: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: "Télécharger l'extrait (PDF)" }).click()]);
  const file = join(app.dir, name);
  await download.saveAs(file);
  return readFileSync(file);
}

describe('forms accept their corrected submission', () => {
  it('« Créer la séance »: a date left empty, an impossible hour and no place are named at once, each under its field', async () => {
    await page.goto(app.host.url);
    await page.getByLabel('Heure').fill('25:70');
    await page.getByRole('button', { name: 'Créer la séance' }).click();
    const error = page.locator('.new-session .field-error');
    await expect.poll(() => error.count()).toBe(3);
    const texts = await error.allTextContents();
    expect(texts[0]).toMatch(/^Date/);
    expect(texts[1]).toBe('Heure attendue au format HH:MM, par exemple 09:30.');
    expect(texts[2]).toMatch(/^Lieu/);
    expect(await page.getByText('Président de séance : choisissez-le').count()).toBe(0);
    // No date yet: the choice says what it waits for (« 0 membre en exercice » read as an empty register).
    expect(await page.getByRole('button', { name: /Président de séance \(choisissez d’abord le jour\)/ }).count()).toBe(1);
  });

  it('« Créer la séance »: a refused hour, corrected, creates the session; the message names « Heure »', async () => {
    await page.goto(app.host.url);
    await page.getByLabel('Heure').fill('10:00');
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
    // The ordre du jour counts its acts as the sidebar does: 0 and 1 in the singular.
    const summary = page.getByRole('region', { name: 'Ordre du jour' }).locator('p').first();
    await expect.poll(() => summary.textContent()).toMatch(/· 46 membres en exercice · 0 acte$/);
    expect(await page.getByRole('navigation', { name: 'Registre' }).getByRole('button', { name: /^15 janv\./ }).textContent()).toBe('15 janv. · CP 0 acte');
    await page.getByRole('button', { name: "Ajouter à l'ordre du jour" }).click();
    await expect.poll(() => page.locator('.inline-form .field-error').textContent()).toContain('Objet du nouvel acte : obligatoire');
    for (const object of ['Aide aux communes rurales', 'Subvention au collège Pierre Puget']) {
      await page.getByLabel('Objet du nouvel acte').fill(object);
      await page.getByRole('button', { name: "Ajouter à l'ordre du jour" }).click();
      await expect.poll(() => page.getByRole('cell', { name: object }).count()).toBe(1);
      if (object === 'Aide aux communes rurales') await expect.poll(() => summary.textContent()).toMatch(/· 1 acte$/);
    }
    expect(await summary.textContent()).toMatch(/· 2 actes$/);
    expect(await page.locator('.inline-form .field-error').count()).toBe(0);
    // The sidebar counts the session's acts as they are added.
    await expect.poll(() => page.getByRole('navigation', { name: 'Registre' }).getByRole('button', { name: /^15 janv\./ }).textContent()).toBe('15 janv. · CP 2 actes');
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

  it('shows a row\'s actions as separate buttons, each named, with space between them (not « Renuméroter G3Retirer G3 »)', async () => {
    const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: "Ouvrir l'acte G3" }) });
    const renumber = row.getByRole('button', { name: 'Renuméroter G3', exact: true });
    const withdraw = row.getByRole('button', { name: 'Retirer G3', exact: true });
    expect(await row.locator('button').filter({ hasText: / G3$/ }).allTextContents()).toEqual(['Renuméroter G3', 'Retirer G3']);
    const [a, b] = [await renumber.boundingBox(), await withdraw.boundingBox()];
    if (a === null || b === null) throw new Error('actions not drawn');
    // The gap between the two boxes, across or down (when the cell wraps them): at least 4 px.
    const gap = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), b.y - (a.y + a.height), a.y - (b.y + b.height));
    expect(gap).toBeGreaterThanOrEqual(4);
    // Each is framed (a visible border), so that it reads as a button of its own.
    const border = (e: unknown) => (globalThis as unknown as { getComputedStyle(e: unknown): { borderTopStyle: string } }).getComputedStyle(e).borderTopStyle;
    for (const action of [renumber, withdraw]) expect(await action.evaluate(border)).toBe('solid');
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
    // A voted act decides something: the vote below is saved only with a decision.
    await page.getByLabel('Décisions (DÉCIDE :)').fill("d'attribuer le marché.");
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
    await expect.poll(saveStatus).toContain('Non enregistré : Objet : obligatoire.');
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

describe('the preview prints what the PDF prints', () => {
  it('shows the « * » before a sub-point of a decision, as the extract does', async () => {
    await page.getByRole('button', { name: 'Séance du 15/01/2024' }).click();
    await page.getByRole('tab', { name: 'Ordre du jour' }).click();
    await page.getByRole('button', { name: "Ouvrir l'acte G1" }).click();
    await page.getByLabel('Décisions (DÉCIDE :)').fill("d'attribuer le marché en deux lots :\n* lot 1 : voirie ;\n* lot 2 : réseaux.");
    await expect.poll(saveStatus).toMatch(/^Enregistré à/);
    const preview = page.locator('.preview');
    await expect.poll(() => preview.textContent()).toContain('* lot 1 : voirie ;');
    expect(await preview.textContent()).toContain('* lot 2 : réseaux.');
    const text = await pdfText(await downloadExtract('G1-sous-points.pdf'), { raw: true });
    expect(text).toContain('* lot 1 : voirie ;');
    expect(text).toContain('* lot 2 : réseaux.');
  });
});

describe('a template edit changes only the acts still in the secretariat', () => {
  it("leaves the signed G1's PDF byte-identical after the extract template is edited in Paramètres; a voted G1 not yet signed takes the edit", async () => {
    const draftBefore = await downloadExtract('G1-2024-avant.pdf');
    const openSigned = async () => {
      await page.getByRole('button', { name: 'Séances', exact: true }).click();
      await page.getByRole('group', { name: 'Année' }).getByRole('button', { name: '2023', exact: true }).click();
      await page.getByRole('button', { name: '16 octobre 2023' }).click();
      await page.getByRole('tab', { name: 'Ordre du jour' }).click();
      await page.getByRole('button', { name: "Ouvrir l'acte G1", exact: true }).click();
      await expect.poll(() => page.getByText('Acte en lecture seule').count()).toBe(1);
    };
    await openSigned();
    const signedBefore = await downloadExtract('G1-signe-avant.pdf');
    expect(await pdfText(signedBefore, { raw: true })).toContain('Extrait du registre des délibérations');
    await page.getByRole('button', { name: 'Paramètres', exact: true }).click();
    await page.getByRole('tab', { name: 'Modèles' }).click();
    const editor = page.getByRole('textbox', { name: 'Texte du modèle « Extrait de délibération »' });
    await expect.poll(() => editor.inputValue()).toContain('\nExtrait du registre des délibérations\n');
    await editor.fill((await editor.inputValue()).replace('\nExtrait du registre des délibérations\n', '\nExtrait conforme du registre des délibérations\n'));
    await page.getByRole('tabpanel', { name: 'Modèles' }).getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'enregistré dans le registre' }).count()).toBe(1);
    await openSigned();
    await expect.poll(() => page.locator('.preview').textContent()).toContain('Extrait du registre des délibérations');
    expect(await page.locator('.preview').textContent()).not.toContain('Extrait conforme');
    const signedAfter = await downloadExtract('G1-signe-apres.pdf');
    expect(signedAfter.equals(signedBefore)).toBe(true);
    await page.getByRole('button', { name: 'Séances', exact: true }).click();
    await page.getByRole('button', { name: '15 janvier 2024' }).click();
    await page.getByRole('tab', { name: 'Ordre du jour' }).click();
    await page.getByRole('button', { name: "Ouvrir l'acte G1" }).click();
    await expect.poll(() => page.locator('.preview').textContent()).toContain('Extrait conforme du registre des délibérations');
    const draftAfter = await downloadExtract('G1-2024-apres.pdf');
    expect(draftAfter.equals(draftBefore)).toBe(false);
    expect(await pdfText(draftAfter, { raw: true })).toContain('Extrait conforme du registre des délibérations');
  });
});

describe('the journal', () => {
  it('counts its entries in French (« 1 modification », never « modification(s) »)', async () => {
    await page.getByRole('button', { name: 'Journal', exact: true }).click();
    const caption = page.locator('.journal-table caption');
    await expect.poll(() => caption.textContent()).toMatch(/^\d[\d\s\u202f]* modifications?, de la plus récente à la plus ancienne$/);
    await screenshot(page, 'journal.png');
  });
});

describe('host mode', () => {
  it('keeps the session on F5, serves a favicon, and breaks no CSP rule', async () => {
    // F5 keeps the token and the screen in front (its address is in the hash).
    const before = await page.getByRole('heading', { level: 1 }).textContent();
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(before);
    await page.getByRole('button', { name: 'Séances', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: '15 janvier 2024' }).count()).toBe(1);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const served = await page.request.get(new URL(icon ?? '', app.host.origin + '/').href);
    expect(served.headers()['content-type']).toBe('image/png');
    expect(violations).toEqual([]);
  });
});
