import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { P12Signer, PDF } from '@libpdf/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../electron/db/open';
import { signExtract } from '../electron/services/documents/signed-extracts';
import type { TestPki } from '../electron/services/signing/testing/fixtures';
import { makeTestPki, PASSPHRASE, SIGNING_TIME } from '../electron/services/signing/testing/fixtures';
import { pdfText } from '../templates/testing/extract-text';
import type { E2eApp } from './harness';
import { screenshot, startApp, E2E_SETUP_TIMEOUT } from './harness';

let app: E2eApp;
let dir: string;
let db: Db;
let host: E2eApp['host'];
let page: Page;
let pki: TestPki;

beforeAll(async () => {
  app = await startApp();
  ({ dir, db, host, page } = app);
  // A signed extract of G25, a copy countersigned later and a copy altered after signing, for the verification screen.
  pki = makeTestPki();
  const signed = await signExtract(db, { body: 'CP', date: '2023-10-16', act: 'G25', p12: pki.signerP12, passphrase: PASSPHRASE, now: SIGNING_TIME });
  writeFileSync(join(dir, 'G25-signe.pdf'), signed.bytes);
  const altered = Buffer.from(signed.bytes);
  const at = altered.indexOf('stream\n') + 'stream\n'.length + 10;
  altered[at] = (altered[at] ?? 0) ^ 0xff;
  writeFileSync(join(dir, 'G25-altere.pdf'), altered);
  const countersigning = await PDF.load(signed.bytes);
  await countersigning.sign({ signer: await P12Signer.create(pki.signerP12, PASSPHRASE), signingTime: SIGNING_TIME, fieldName: 'Contreseing' });
  writeFileSync(join(dir, 'G25-contresigne.pdf'), await countersigning.save({ incremental: true }));
}, E2E_SETUP_TIMEOUT);

afterAll(async () => {
  rmSync(pki.dir, { recursive: true, force: true });
  await app?.close();
});

describe('the app in a browser, over the local host', () => {
  it('lists the sessions of the demo register', async () => {
    await page.goto(host.url);
    await expect.poll(() => page.getByRole('heading', { name: 'Séances' }).isVisible()).toBe(true);
    expect(page.url()).not.toContain('token=');
    await screenshot(page, 'seances.png');
    await page.getByRole('button', { name: '16 octobre 2023' }).click();
  });

  it("shows the session's acts with their quorum, G25 included", async () => {
    await page.getByRole('tab', { name: 'Ordre du jour' }).click();
    const g25 = page.getByRole('row').filter({ has: page.getByRole('button', { name: "Ouvrir l'acte G25" }) });
    await expect.poll(() => g25.textContent()).toContain('atteint (33 + 3 ≥ 24)');
    expect(await page.getByRole('table', { name: 'Actes de la séance' }).getByRole('row').count()).toBe(17);
    await screenshot(page, 'actes.png', { fullPage: true });
    await page.getByRole('button', { name: "Ouvrir l'acte G25" }).click();
  });

  it("shows G25's four lists and downloads its extract as a PDF whose text is the act's", async () => {
    await expect.poll(() => page.getByRole('heading', { name: 'N° G25' }).isVisible()).toBe(true);
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('Procurations : M. Guillaume DECARD à Mme Andrée SAMAT, Mme Nathalie BICAIS à M. Jean-Louis MASSON, M. Joseph MULE à M. Ludovic PONTONE.');
    expect(body).toContain('Excusés : .');
    await screenshot(page, 'acte-g25.png', { fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: "Télécharger l'extrait (PDF)" }).click()]);
    expect(download.suggestedFilename()).toBe('G25.pdf');
    const file = join(dir, 'G25.pdf');
    await download.saveAs(file);
    const text = await pdfText(readFileSync(file), { raw: true });
    expect(text).toContain('N° : G25');
    expect(text).toContain('Référence technique : 083-228300018-20231016-lmc171929-DE-1-1');
  });

  it('can be used with the keyboard alone', async () => {
    await page.goto(host.url);
    await expect.poll(() => page.getByRole('heading', { name: 'Séances' }).isVisible()).toBe(true);
    // Tab through the toolbar and the sidebar to the first session, then open it with Enter.
    const stops: string[] = [];
    while (stops.at(-1) !== '16 octobre 2023' && stops.length < 30) {
      await page.keyboard.press('Tab');
      stops.push((await page.locator(':focus').evaluate((e: { getAttribute(name: string): string | null; textContent: string | null }) => e.getAttribute('aria-label') ?? e.getAttribute('placeholder') ?? e.textContent)) ?? '');
    }
    expect(stops).toEqual([
      // The toolbar is one stop: its commands are reached with the arrow keys.
      'Nouvelle séance',
      'G25, 16/10/2023, emprunt…',
      'Séances',
      '2023 (1)',
      '16 oct. · CP 16 actes',
      'Paramètres',
      'Journal',
      'Sauvegardes',
      'Vérifier un PDF signé',
      'Ouvrir un registre partagé',
      '16 octobre 2023',
    ]);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('séance du 16 octobre 2023');
  });

  it('finds a member by surname in a picker, not by the civility every name starts with', async () => {
    await page.goto(host.url);
    await expect.poll(() => page.getByRole('heading', { name: 'Séances' }).isVisible()).toBe(true);
    await page.getByLabel('Date', { exact: true }).fill('2024-01-15');
    const picker = page.getByRole('button', { name: /Président de séance \(46 membres en exercice\)/ });
    await picker.click();
    await expect.poll(() => page.getByRole('listbox').isVisible()).toBe(true);
    await page.keyboard.type('PONT');
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.textContent()).toContain('M. Ludovic PONTONE');
  });

  it('verifies a signed PDF: intact and who signed it, kept under a later countersignature, or altered', async () => {
    await page.getByRole('button', { name: 'Vérifier un PDF signé' }).click();
    await page.getByLabel('Fichier PDF à vérifier').setInputFiles(join(dir, 'G25-signe.pdf'));
    // The test CA is no authority Registre recognises: integrity, then the reserve on the signer's identity.
    await expect.poll(() => page.getByRole('status').textContent()).toBe("Signé par Jean-Louis MASSON, le 14 mars 2025 à 09:15 : document intact ; certificat émis par une autorité que Registre ne reconnaît pas : l'identité du signataire n'est garantie par aucune autorité de certification reconnue.");
    await screenshot(page, 'verification.png');
    await page.getByLabel('Fichier PDF à vérifier').setInputFiles(join(dir, 'G25-contresigne.pdf'));
    // One line a signature: the extract's, then the countersignature that covers the whole file.
    const lines = () => page.getByRole('status').allTextContents();
    await expect.poll(lines).toEqual([
      "Signé par Jean-Louis MASSON, le 14 mars 2025 à 09:15 : signature valide ; des ajouts postérieurs ne modifient pas le contenu signé ; certificat émis par une autorité que Registre ne reconnaît pas : l'identité du signataire n'est garantie par aucune autorité de certification reconnue.",
      "Signé par Jean-Louis MASSON, le 14 mars 2025 à 09:15 : document intact ; certificat émis par une autorité que Registre ne reconnaît pas : l'identité du signataire n'est garantie par aucune autorité de certification reconnue.",
    ]);
    await page.getByLabel('Fichier PDF à vérifier').setInputFiles(join(dir, 'G25-altere.pdf'));
    await expect.poll(() => page.getByRole('status').textContent()).toContain('document ALTÉRÉ depuis la signature');
  });

  it('finds an act across sessions from the sidebar, and Génération shows its whole objet', async () => {
    await page.goto(host.url);
    const object = db.prepare("SELECT object FROM acts WHERE number = 25").pluck().get() as string;
    expect(object.length).toBeGreaterThan(40);
    await page.getByRole('searchbox', { name: 'Rechercher un acte' }).fill('G25');
    const hits = page.locator('.side-hits');
    await expect.poll(() => hits.textContent()).toContain('1 acte trouvé');
    await hits.getByRole('button', { name: /G25/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'N° G25' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Séance du 16/10/2023' }).click();
    await page.getByRole('tab', { name: 'Génération' }).click();
    const item = page.locator('.generation-item').filter({ hasText: 'Extrait G25 (PDF)' });
    await expect.poll(() => item.textContent()).toContain(object);
  });
});
