import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegister } from '../electron/db/open';
import { ensureBody } from '../electron/db/repositories/bodies';
import { ensureCollectivity } from '../electron/db/repositories/collectivity';
import { ensureMandate, ensureMember } from '../electron/db/repositories/members';
import { saveSignatory } from '../electron/services/settings/signatories';
import { pdfText } from '../templates/testing/extract-text';
import type { E2eApp } from './harness';
import { chooseOption, screenshot, startApp } from './harness';

/*
 * The whole path of issue 11 in the browser, from a register of one's own (no demo): a session,
 * three acts written and voted with their matières, their transmission, an ARActe imported, the
 * online publication, the recueil and the @ctes bundle of each act — the files are read back.
 * The collectivity, its élus and mandates are written by this fixture (the guided first screen
 * that does it in the app is tested on its own).
 */

const SIREN = '220500003';
const ELUS = [
  { civility: 'Mme', firstName: 'Claire', lastName: 'ARNAUD', quality: 'Présidente du Conseil départemental', precedence: 0 },
  { civility: 'M.', firstName: 'Paul', lastName: 'BLANC', quality: 'Premier Vice-président', precedence: 1 },
  { civility: 'Mme', firstName: 'Lucie', lastName: 'CHABERT', quality: null, precedence: null },
  { civility: 'M.', firstName: 'Marc', lastName: 'DURAND', quality: null, precedence: null },
  { civility: 'Mme', firstName: 'Anne', lastName: 'ESTIENNE', quality: null, precedence: null },
] as const;

function seed(file: string): void {
  const db = openRegister(file);
  ensureCollectivity(db, { name: 'Département des Hautes-Alpes', departmentCode: '005', siren: SIREN, websiteLabel: 'site internet du Département des Hautes-Alpes' });
  const body = ensureBody(db, 'CP', 'Commission permanente');
  for (const e of ELUS) ensureMandate(db, ensureMember(db, e), body.id, '2026-01-01', e);
  saveSignatory(db, { body: 'CP', formula: 'Pour la Présidente du Conseil départemental,', quality: 'Le Directeur général des services', name: 'M. Jean ROUX' });
  db.close();
}

let app: E2eApp;
let page: Page;
const SESSION = '2026-11-16';

beforeAll(async () => {
  app = await startApp(new Date('2026-11-24T09:00:00Z'), { seed });
  page = app.page;
}, 120_000);
afterAll(async () => {
  await app?.close();
});

const saved = () => expect.poll(() => page.locator('.save-status').textContent(), { timeout: 10_000 }).toMatch(/^Enregistré/);
const legalityRow = (act: string) => page.locator('.legality tbody tr').filter({ has: page.getByRole('rowheader', { name: act, exact: true }) });

const ACTS = [
  { object: 'Garantie d’emprunt à l’office public de l’habitat', search: 'emprunt', subject: /^7\.3 / },
  { object: 'Subvention au comité des fêtes de Gap', search: '7.5', subject: /^7\.5 / },
  { object: 'Convention de mise à disposition de locaux', search: 'locations', subject: /^3\.3 / },
];

describe('from vote to publication, in the application, on a register of its own', () => {
  it('creates a session and writes three acts, voted, each with its nature and matière', async () => {
    await page.goto(app.host.url, { timeout: 30_000 });
    await page.getByLabel('Date').fill(SESSION);
    await page.getByLabel('Lieu').fill('Hôtel du Département, Gap');
    await expect.poll(() => page.getByRole('button', { name: /Président de séance \(5 membres en exercice\)/ }).textContent()).toContain('Mme Claire ARNAUD');
    await page.getByRole('button', { name: 'Créer la séance' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Commission permanente — séance du 16 novembre 2026');
    await page.getByRole('tab', { name: 'Ordre du jour' }).click();
    for (const a of ACTS) {
      await page.getByLabel('Objet du nouvel acte').fill(a.object);
      await page.getByRole('button', { name: "Ajouter à l'ordre du jour" }).click();
      await expect.poll(() => page.getByRole('cell', { name: a.object }).count()).toBe(1);
    }
    for (const [i, a] of ACTS.entries()) {
      await page.getByRole('button', { name: `Ouvrir l'acte G${i + 1}` }).click();
      await page.getByLabel('Décisions (DÉCIDE :)').fill(`d'approuver : ${a.object.toLowerCase()}.`);
      await chooseOption(page, / Résultat$/, "Adopté à l'unanimité");
      await saved();
      const subject = page.getByRole('combobox', { name: /^Matière/ });
      await subject.fill(a.search);
      await page.getByRole('option', { name: a.subject }).first().click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Matière enregistrée.' }).count()).toBe(1);
      if (i === 0) await screenshot(page, 'editeur-matiere.png', { fullPage: true });
      await page.getByRole('button', { name: /^Séance du 16\/11\/2026$/ }).click();
    }
    await expect.poll(() => legalityRow('G3').textContent()).toContain('3.3');
    expect(await legalityRow('G1').textContent()).toMatch(/^G1voté.*DE.*7\.3/);
  }, 120_000);

  it('refuses a transmission before the vote beside its field, with both dates, then records it for the three acts', async () => {
    for (const n of ['G1', 'G2', 'G3']) await page.getByRole('checkbox', { name: `Choisir l'acte ${n}` }).check();
    await page.getByLabel('Date de transmission en préfecture').fill('2026-11-10');
    await page.getByRole('button', { name: 'Transmettre les actes cochés (3)' }).click();
    const field = page.locator('.legality .field').filter({ hasText: 'Date de transmission en préfecture' });
    await expect.poll(() => field.locator('.field-error').textContent()).toContain('(10/11/2026) antérieure à la date de la décision (16/11/2026)');
    expect(await legalityRow('G1').textContent()).toContain('voté');
    await page.getByLabel('Date de transmission en préfecture').fill('2026-11-17');
    await page.getByRole('button', { name: 'Transmettre les actes cochés (3)' }).click();
    await expect.poll(() => legalityRow('G3').textContent()).toMatch(/^G3transmis.*17\/11\/2026/);
  });

  it('imports the ARActe files chosen: the valid one sets G1’s reception, an unreadable one is named and refused', async () => {
    const internal = app.db.prepare('SELECT internal_id FROM acts ORDER BY number').pluck().all() as string[];
    const ar = join(app.dir, 'ARActe-G1.xml');
    writeFileSync(
      ar,
      `<?xml version="1.0" encoding="ISO-8859-1"?>\n<actes:ARActe xmlns:actes="http://www.interieur.gouv.fr/ACTES#v1.1-20040216" ` +
        `actes:IDActe="005-${SIREN}-20261116-${internal[0]}-DE" actes:DateReception="2026-11-18"/>`,
      'latin1',
    );
    const broken = join(app.dir, 'tronque.xml');
    writeFileSync(broken, '<actes:ARActe actes:IDActe=');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choisir des fichiers…' }).click()]);
    await chooser.setFiles([ar, broken]);
    const report = page.getByRole('list', { name: 'Accusés de réception importés' });
    await expect.poll(() => report.textContent()).toContain('ARActe-G1.xml : pris en compte — G1 reçu en préfecture le 18/11/2026.');
    expect(await report.textContent()).toContain('tronque.xml : refusé — Accusé de réception @ctes : XML mal formé');
    await expect.poll(() => legalityRow('G1').textContent()).toContain('18/11/2026');
  });

  it('records the online publication of the session: each act executory on its computed date', async () => {
    await page.getByLabel('Date de mise en ligne de la séance').fill('2026-11-19');
    await page.getByRole('button', { name: 'Enregistrer la mise en ligne' }).click();
    await expect.poll(() => legalityRow('G1').textContent()).toMatch(/^G1publié.*17\/11\/2026.*18\/11\/2026.*19\/11\/2026.*19\/11\/2026$/);
    await screenshot(page, 'transmission-publication.png', { fullPage: true });
  });

  it('gives the session its recueil, then generates it and the @ctes bundle of each act, read back from the files', async () => {
    await page.getByRole('tab', { name: 'Séance' }).click();
    await page.getByLabel('Numéro du recueil').fill('12');
    await page.getByLabel('Date de publication du recueil').fill('2026-11-20');
    await page.getByRole('button', { name: 'Enregistrer le recueil' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Recueil n° 12 (2026) enregistré' }).count()).toBe(1);
    await screenshot(page, 'seance-details.png', { fullPage: true });
    await page.getByRole('tab', { name: 'Génération' }).click();
    await page.getByRole('checkbox', { name: /^Recueil des actes administratifs n° 12 \(2026\)/ }).check({ force: true });
    await page.getByRole('checkbox', { name: 'Tout cocher : @ctes', exact: true }).check({ force: true });
    await page.getByRole('button', { name: 'Générer (4)' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Terminé' }).textContent(), { timeout: 60_000 }).toBe('Terminé : 4 sur 4, aucune erreur.');
    const folder = join(app.dir, 'exports', `CP-${SESSION}`);
    const recueil = await pdfText(readFileSync(join(folder, `Recueil CP ${SESSION}.pdf`)), { raw: true });
    expect(recueil).toContain('ACTES ADMINISTRATIFS DU DÉPARTEMENT DES HAUTES-ALPES');
    for (const a of ACTS) expect(recueil).toContain(`OBJET : ${a.object}`);
    for (const n of ['G1', 'G2', 'G3']) {
      const zip = join(folder, `${n} - @ctes.zip`);
      expect(existsSync(zip)).toBe(true);
      const listing = execFileSync('unzip', ['-l', zip], { encoding: 'utf8' });
      expect(listing).toMatch(new RegExp(`005-${SIREN}-20261116-\\w+-DE-1-1_0\\.xml`));
      expect(listing).toMatch(/99_DE-005-220500003-20261116-\w+-DE-1-1_1\.pdf/);
    }
    const message = execFileSync('unzip', ['-p', join(folder, 'G1 - @ctes.zip'), '*_0.xml'], { encoding: 'latin1' });
    expect(message).toContain('<actes:CodeMatiere1 actes:CodeMatiere="7"/>');
    expect(message).toContain('<actes:CodeMatiere2 actes:CodeMatiere="3"/>');
  }, 90_000);
});
