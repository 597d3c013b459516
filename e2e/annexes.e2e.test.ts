import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDF } from '@libpdf/core';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { addAnnex, removeAnnex } from '../electron/services/editing/act-annexes';
import { makeActPdf } from '../electron/services/signing/testing/fixtures';
import { actesSchemaErrors } from '../electron/testing/actes-xsd';
import { makeAnnexPdf } from '../electron/testing/annex-pdf';
import { pdfText } from '../templates/testing/extract-text';
import type { E2eApp } from './harness';
import { appForFile, chooseOption } from './harness';

/*
 * The annexes panel of the act editor, in the browser: PDF files attached to a new act of the
 * demo séance with a title and an @ctes piece type, bad files refused by name, then the recueil
 * and the @ctes bundle read back from the files the Génération tab writes; once the act is
 * transmitted, the panel and the register refuse to change its annexes.
 */

const ACT = 'G29';
const OBJECT = 'Aménagement du carrefour de la Foux';
const running = appForFile();
let app: E2eApp;
let page: Page;
beforeEach(() => {
  app = running();
  page = app.page;
});

const panel = () => page.getByRole('region', { name: 'Annexes jointes' });
const annexList = () => panel().getByRole('list');
const status = () => panel().getByRole('status');

async function encryptedPdf(): Promise<Buffer> {
  const pdf = PDF.create();
  pdf.addPage({});
  pdf.setProtection({ userPassword: 'secret', ownerPassword: 'owner' });
  return Buffer.from(await pdf.save());
}

async function attach(file: { name: string; buffer: Buffer }, title: string, pieceType?: string): Promise<void> {
  await panel().getByLabel('Titre de l’annexe').fill(title);
  if (pieceType !== undefined) await chooseOption(page, /Type de pièce @ctes/, pieceType);
  await panel().getByLabel('Fichier PDF (150 Mo au plus)').setInputFiles({ ...file, mimeType: 'application/pdf' });
  await panel().getByRole('button', { name: 'Joindre l’annexe' }).click();
}

describe('annex files of an act, through the annexes panel', () => {
  it('adds an act to the demo séance, voted, with its matière', async () => {
    await page.goto(app.host.url, { timeout: 30_000 });
    await page.getByRole('button', { name: '16 octobre 2023' }).click({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'Commission permanente — séance du 16 octobre 2023', level: 1 }).waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Ordre du jour' }).click({ timeout: 15_000 });
    await page.getByLabel('Objet du nouvel acte').fill(OBJECT);
    await page.getByRole('button', { name: "Ajouter à l'ordre du jour" }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: `${ACT} a été ajouté` }).count()).toBe(1);
    await page.getByRole('button', { name: `Ouvrir l'acte ${ACT}` }).click();
    await page.getByLabel('Décisions (DÉCIDE :)').fill("d'approuver l'aménagement du carrefour de la Foux selon le plan annexé.");
    await chooseOption(page, / Résultat$/, "Adopté à l'unanimité");
    await expect.poll(() => page.locator('.save-status').textContent(), { timeout: 10_000 }).toMatch(/^Enregistré/);
    const subject = page.getByRole('combobox', { name: /^Matière/ });
    await subject.fill('emprunt');
    await page.getByRole('option', { name: /^7\.3 / }).first().click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Matière enregistrée.' }).count()).toBe(1);
  }, 60_000);

  it('attaches two PDFs, one with the piece type picked from the list, and shows them in the preview column', async () => {
    expect(await panel().getByText('Aucun fichier joint.').count()).toBe(1);
    await attach({ name: 'plan.pdf', buffer: Buffer.from(await makeAnnexPdf(2, 'Plan de situation')) }, 'Plan de situation', '99_DE');
    await expect.poll(() => status().textContent()).toBe(`Annexe « Plan de situation » jointe à l'acte ${ACT}.`);
    await attach({ name: 'surfaces.pdf', buffer: Buffer.from(await makeAnnexPdf(1, 'Tableau des surfaces')) }, 'Tableau des surfaces');
    await expect.poll(() => status().textContent()).toBe(`Annexe « Tableau des surfaces » jointe à l'acte ${ACT}.`);
    await attach({ name: 'brouillon.pdf', buffer: Buffer.from(await makeAnnexPdf(1, 'Brouillon')) }, 'Brouillon');
    await expect.poll(() => annexList().getByRole('listitem').count()).toBe(3);
    await annexList().getByRole('listitem').filter({ hasText: 'Brouillon' }).getByRole('button', { name: 'Retirer' }).click();
    await expect.poll(() => status().textContent()).toBe('Annexe « Brouillon » retirée.');
    const items = await annexList().getByRole('listitem').allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^Plan de situation — plan\.pdf, 2 p\., \d+ Ko, pièce @ctes 99_DE/);
    expect(items[1]).toMatch(/^Tableau des surfaces — surfaces\.pdf, 1 p\., \d+ Ko, pièce @ctes 99_DE \(par défaut\)/);
    // The panel sits in the preview column, under the extract as it will print.
    expect(await page.getByRole('region', { name: "Aperçu de l'extrait" }).getByRole('region', { name: 'Annexes jointes' }).count()).toBe(1);
  }, 60_000);

  it('draws the paper box ticked once chosen, and empty again once unticked', async () => {
    const paper = panel().getByRole('checkbox', { name: /Des pièces papier suivent par courrier/ });
    const box = panel().locator('.check-box');
    expect(await box.textContent()).toBe('');
    await panel().getByText('Des pièces papier suivent par courrier').click();
    await expect.poll(() => status().textContent()).toBe('Pièces papier envoyées par courrier : oui.');
    expect(await paper.isChecked()).toBe(true);
    expect(await box.textContent()).toBe('✓');
    await panel().getByText('Des pièces papier suivent par courrier').click();
    await expect.poll(() => status().textContent()).toBe('Pièces papier envoyées par courrier : non.');
    expect(await box.textContent()).toBe('');
  });

  it('refuses by name a file that is not a PDF, an encrypted PDF and a PDF whose font is not embedded, the list unchanged', async () => {
    await attach({ name: 'photo.jpg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]) }, 'Photographie');
    await expect.poll(() => panel().getByRole('alert').textContent()).toContain("Annexe « photo.jpg » : ce fichier n'est pas un PDF.");
    await attach({ name: 'protege.pdf', buffer: await encryptedPdf() }, 'Document protégé');
    await expect.poll(() => panel().getByRole('alert').textContent()).toContain('Annexe « protege.pdf » : le PDF est chiffré (protégé par un mot de passe)');
    await attach({ name: 'helvetica.pdf', buffer: Buffer.from(await makeActPdf(1)) }, 'Note');
    await expect.poll(() => panel().getByRole('alert').textContent()).toContain("Annexe « helvetica.pdf » : la police « Helvetica » n'est pas incorporée au PDF");
    expect(await annexList().getByRole('listitem').count()).toBe(2);
  }, 60_000);

  it('prints the annexes after the act in the recueil, pages numbered in continuity, and sends them as _2.pdf and _3.pdf', async () => {
    await page.getByRole('button', { name: /^Séance du 16\/10\/2023$/ }).click();
    await page.getByRole('tab', { name: 'Génération' }).click();
    await page.getByRole('checkbox', { name: /^Recueil des actes administratifs/ }).check({ force: true });
    await page.getByRole('checkbox', { name: `Paquet @ctes ${ACT}`, exact: true }).check({ force: true });
    await page.getByRole('button', { name: 'Générer (2)' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Terminé' }).textContent(), { timeout: 90_000 }).toBe('Terminé : 2 sur 2, aucune erreur.');
    const folder = join(app.dir, 'exports', 'CP-2023-10-16');

    const pages = (await pdfText(readFileSync(join(folder, 'Recueil CP 2023-10-16.pdf')), { raw: true })).split('\f');
    const total = pages.filter((p) => p.trim() !== '').length;
    const first = pages.findIndex((p) => p.includes(`N° : ${ACT}\n`)) + 1;
    const plan1 = pages.findIndex((p) => p.includes('Plan de situation — page 1')) + 1;
    expect(first).toBeGreaterThan(2);
    expect(plan1).toBeGreaterThan(first);
    expect(pages[plan1]).toContain('Plan de situation — page 2');
    expect(pages[plan1 + 1]).toContain('Tableau des surfaces — page 1');
    // Numbered in the recueil's own sequence, then the back cover.
    for (const n of [plan1, plan1 + 1, plan1 + 2]) expect(pages[n - 1]).toContain(`Page ${n} / ${total}`);
    expect(plan1 + 3).toBe(total);
    // The sommaire names the act on the page where it starts, and under it each annex on its own.
    expect(pages[1]?.replace(/\s+/g, ' ')).toContain(
      `${ACT} ${OBJECT} ${first} Annexe à ${ACT} : Plan de situation ${plan1} Annexe à ${ACT} : Tableau des surfaces ${plan1 + 2} `,
    );

    const zip = join(folder, `${ACT} - @ctes.zip`);
    const listing = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
    const base = listing.find((name) => name.endsWith('_0.xml'))?.replace(/_0\.xml$/, '') ?? '';
    expect(listing).toEqual([`${base}_0.xml`, `99_DE-${base}_1.pdf`, `99_DE-${base}_2.pdf`, `99_DE-${base}_3.pdf`]);
    const plan = execFileSync('unzip', ['-p', zip, `99_DE-${base}_2.pdf`]);
    expect(await pdfText(plan, { raw: true })).toContain('Plan de situation — page 2');
    const message = execFileSync('unzip', ['-p', zip, `${base}_0.xml`]);
    const xml = message.toString('latin1');
    expect(xml).toContain('<actes:Annexes actes:Nombre="2">');
    expect(xml).toContain(`<actes:NomFichier>99_DE-${base}_2.pdf</actes:NomFichier>`);
    expect(xml).toContain(`<actes:NomFichier>99_DE-${base}_3.pdf</actes:NomFichier>`);
    expect(actesSchemaErrors([{ name: 'message.xml', bytes: message }])).toBe('');
  }, 120_000);

  it('locks the annexes once the act has left the secretariat: the panel offers no change, the register refuses one', async () => {
    await page.getByRole('tab', { name: 'Ordre du jour' }).click();
    await page.getByRole('checkbox', { name: `Choisir l'acte ${ACT}` }).check();
    await page.getByLabel('Date de transmission en préfecture').fill('2023-10-17');
    await page.getByRole('button', { name: 'Transmettre les actes cochés (1)' }).click();
    const row = page.locator('.legality tbody tr').filter({ has: page.getByRole('rowheader', { name: ACT, exact: true }) });
    await expect.poll(() => row.textContent()).toMatch(new RegExp(`^${ACT}transmis`));

    await page.getByRole('button', { name: `Ouvrir l'acte ${ACT}` }).click();
    await expect.poll(() => page.locator('.save-status').textContent()).toBe('Acte en lecture seule : il a quitté le secrétariat.');
    // The annexes arrive after the act's state: wait for them before reading what the panel offers.
    await expect.poll(() => annexList().getByRole('listitem').count()).toBe(2);
    expect(await panel().getByRole('button', { name: 'Retirer' }).count()).toBe(0);
    expect(await panel().getByRole('button', { name: 'Joindre l’annexe' }).count()).toBe(0);
    expect(await panel().getByLabel('Fichier PDF (150 Mo au plus)').count()).toBe(0);
    expect(await panel().getByRole('checkbox', { name: /Des pièces papier suivent par courrier/ }).isDisabled()).toBe(true);

    const target = { body: 'CP', date: '2023-10-16', act: ACT } as const;
    const bytes = await makeAnnexPdf(1, 'Tardive');
    await expect(addAnnex(app.db, { ...target, title: 'Tardive', pieceType: null, fileName: 'tardive.pdf', bytes })).rejects.toThrow(
      new RegExp(`^${ACT} est .* : il ne peut plus être modifié`),
    );
    const id = app.db.prepare('SELECT id FROM act_annexes ORDER BY position LIMIT 1').pluck().get() as number;
    expect(() => removeAnnex(app.db, { ...target, id })).toThrow(new RegExp(`^${ACT} est `));
    // The SQL seal holds even without the service.
    expect(() => app.db.prepare('DELETE FROM act_annexes WHERE id = ?').run(id)).toThrow();
    expect(app.db.prepare('SELECT count(*) FROM act_annexes').pluck().get()).toBe(2);
  }, 60_000);
});
