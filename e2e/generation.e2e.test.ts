import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../templates/testing/extract-text';
import type { E2eApp } from './harness';
import { screenshot, startApp, E2E_SETUP_TIMEOUT } from './harness';

let app: E2eApp;
let page: Page;
let folder: string;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  folder = join(app.dir, 'exports', 'CP-2023-10-16');
}, E2E_SETUP_TIMEOUT);

afterAll(async () => {
  await app?.close();
});

const progressText = () => page.getByRole('progressbar').getAttribute('aria-valuetext');

describe('Génération: the documents of the session of 16 octobre 2023', () => {
  it('opens the Génération tab of the session with its groups of documents', async () => {
    await page.goto(app.host.url);
    await page.getByRole('button', { name: '16 octobre 2023' }).click();
    await page.getByRole('tab', { name: 'Génération' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Génération des documents' }).isVisible()).toBe(true);
    for (const group of ['Extraits', 'Conventions', 'Recueil et registre', '@ctes', 'Extraits signés']) {
      expect(await page.getByRole('group', { name: group, exact: true }).count()).toBeGreaterThan(0);
    }
    expect(await page.getByRole('checkbox', { name: 'Convention CO 2023-1098 — G25 (PDF)', exact: true }).count()).toBe(1);
  });

  it('keeps the extracts and conventions ticked when the format changes', async () => {
    const convention = (format: string) => page.getByRole('checkbox', { name: `Convention CO 2023-1098 — G25 (${format})`, exact: true });
    await convention('PDF').check({ force: true });
    await page.getByRole('radio', { name: 'Word' }).check({ force: true });
    await expect.poll(() => convention('Word').isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'Générer (1)' }).count()).toBe(1);
    await page.getByRole('radio', { name: 'PDF' }).check({ force: true });
    await expect.poll(() => convention('PDF').isChecked()).toBe(true);
    await convention('PDF').uncheck({ force: true });
  });

  it('generates the 16 extracts in PDF one by one up to « 16 sur 16 », each written into the export folder', async () => {
    await page.getByRole('checkbox', { name: 'Tout cocher : Extraits', exact: true }).check({ force: true });
    await page.getByRole('button', { name: 'Générer (16)' }).click();
    await expect.poll(progressText, { timeout: 120_000 }).toBe('16 sur 16');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Terminé' }).textContent()).toBe('Terminé : 16 sur 16, aucune erreur.');
    const written = readdirSync(folder).sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }));
    expect(written).toHaveLength(16);
    expect(written[0]).toBe('G1 - extrait.pdf');
    expect(written).toContain('G25 - extrait.pdf');
    expect(await page.getByRole('row').count()).toBe(17);
    await screenshot(page, 'generation.png', { fullPage: true });
  });

  it('downloads the extract of G25 whose text is the act’s', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger G25 - extrait.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('G25 - extrait.pdf');
    const file = join(app.dir, 'telecharge-G25.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).equals(readFileSync(join(folder, 'G25 - extrait.pdf')))).toBe(true);
    expect(await pdfText(readFileSync(file), { raw: true })).toContain('N° : G25');
  });

  it('generates the recueil with the keyboard', async () => {
    await page.getByRole('checkbox', { name: 'Tout cocher : Extraits', exact: true }).uncheck({ force: true });
    const recueil = page.getByRole('checkbox', { name: /^Recueil des actes administratifs/ });
    await recueil.focus();
    await page.keyboard.press('Space');
    expect(await recueil.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Générer (1)' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(progressText, { timeout: 120_000 }).toBe('1 sur 1');
    await expect.poll(() => existsSync(join(folder, 'Recueil CP 2023-10-16.pdf'))).toBe(true);
    const text = await pdfText(readFileSync(join(folder, 'Recueil CP 2023-10-16.pdf')), { raw: true });
    expect(text).toContain('N° : G25');
    expect(text).toContain('N° : G1');
  });

  it('without a certificate, refuses the signed extract under its field and still produces the other documents of the batch', async () => {
    await page.getByRole('checkbox', { name: /^Recueil des actes administratifs/ }).uncheck({ force: true });
    await page.getByRole('checkbox', { name: 'Liste des délibérations de la séance', exact: true }).check({ force: true });
    await page.getByRole('checkbox', { name: 'Extrait signé G25', exact: true }).check({ force: true });
    await page.getByRole('button', { name: 'Générer (2)' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Terminé' }).textContent(), { timeout: 120_000 }).toBe('Terminé : 2 sur 2, 1 en erreur.');
    expect(await pdfText(readFileSync(join(folder, 'Liste des délibérations CP 2023-10-16.pdf')), { raw: true })).toContain('G25');
    expect(existsSync(join(folder, 'G25 - extrait signé.pdf'))).toBe(false);
    const signed = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Extrait signé G25', exact: true }) });
    expect(await signed.textContent()).toContain('Extrait signé G25 : choisissez le certificat (fichier .p12) et saisissez son mot de passe.');
    // The reason is written under the certificate's field, which it describes.
    const described = await page.getByLabel('Certificat de signature (.p12)').getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).textContent()).toBe(
      'Extraits signés : choisissez le certificat (fichier .p12) et saisissez son mot de passe, puis générez-les de nouveau.',
    );
    await page.getByRole('checkbox', { name: 'Liste des délibérations de la séance', exact: true }).uncheck({ force: true });
    await page.getByRole('checkbox', { name: 'Extrait signé G25', exact: true }).uncheck({ force: true });
  });

  it('stops after the current document on « Annuler »', async () => {
    await page.getByRole('radio', { name: 'Word' }).check({ force: true });
    await page.getByRole('checkbox', { name: 'Tout cocher : Extraits', exact: true }).check({ force: true });
    await page.getByRole('button', { name: 'Générer (16)' }).click();
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Terminé' }).textContent(), { timeout: 120_000 }).toMatch(/^Terminé : \d+ sur 16 \(annulé\), aucune erreur\.$/);
    const docx = readdirSync(folder).filter((f) => f.endsWith('.docx'));
    expect(docx.length).toBeGreaterThan(0);
    expect(docx.length).toBeLessThan(16);
  });

  it('reports a refused document in French and goes on with the others', async () => {
    // A folder bearing the name of G3's bundle: that file cannot be written, the others can.
    mkdirSync(join(folder, 'G3 - @ctes.zip', 'occupé'), { recursive: true });
    await page.getByRole('checkbox', { name: 'Tout cocher : Extraits', exact: true }).uncheck({ force: true });
    await page.getByRole('checkbox', { name: 'Tout cocher : @ctes', exact: true }).check({ force: true });
    await page.getByRole('button', { name: 'Générer (16)' }).click();
    await expect.poll(progressText, { timeout: 120_000 }).toBe('16 sur 16');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Terminé' }).textContent()).toBe('Terminé : 16 sur 16, 1 en erreur.');
    const g3 = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Paquet @ctes G3', exact: true }) });
    expect(await g3.textContent()).toContain("« G3 - @ctes.zip » n'a pas pu être écrit dans");
    expect(readdirSync(folder).filter((f) => f.endsWith('@ctes.zip'))).toHaveLength(16);
    expect(statSync(join(folder, 'G3 - @ctes.zip')).isDirectory()).toBe(true);
  });
});
