import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../templates/testing/extract-text';
import type { E2eApp } from './harness';
import { chooseOption, screenshot, startApp, E2E_SETUP_TIMEOUT } from './harness';

/*
 * The whole path of issue 11 in the browser, through the interface alone, from an empty register:
 * the collectivité, five élus imported from a spreadsheet, a session, three acts written and voted
 * with their matières, their transmission, an ARActe imported, the online publication, the recueil
 * and the @ctes bundle of each act — the files are read back.
 */

const SIREN = '220500003';
const ELUS_CSV = [
  'civilité;prénom;nom;organe;début;fin;qualité;rang',
  'Mme;Claire;Arnaud;CP;01/01/2026;;Présidente du Conseil départemental;0',
  'M.;Paul;Blanc;CP;01/01/2026;;Premier Vice-président;1',
  'Mme;Lucie;Chabert;CP;01/01/2026;;;',
  'M.;Marc;Durand;CP;01/01/2026;;;',
  'Mme;Anne;Estienne;CP;01/01/2026;;;',
].join('\r\n');

let app: E2eApp;
let page: Page;
const SESSION = '2026-11-16';

beforeAll(async () => {
  app = await startApp(new Date('2026-11-24T09:00:00Z'), { register: 'empty' });
  page = app.page;
}, E2E_SETUP_TIMEOUT);
afterAll(async () => {
  await app?.close();
});

const saved = () => expect.poll(() => page.locator('.save-status').textContent()).toMatch(/^Enregistré/);
const legalityRow = (act: string) => page.locator('.legality tbody tr').filter({ has: page.getByRole('rowheader', { name: act, exact: true }) });

const ACTS = [
  { object: 'Garantie d’emprunt à l’office public de l’habitat', search: 'emprunt', subject: /^7\.3 / },
  { object: 'Subvention au comité des fêtes de Gap', search: '7.5', subject: /^7\.5 / },
  { object: 'Convention de mise à disposition de locaux', search: 'locations', subject: /^3\.3 / },
];

describe('from vote to publication, in the application, on a register of its own', () => {
  it('sets up the collectivité, imports five élus from a CSV file and creates the first session', async () => {
    await page.goto(app.host.url);
    await page.getByRole('heading', { name: 'Nouveau registre : mise en route', level: 1 }).waitFor({ timeout: 30_000 });
    await page.getByLabel('Nom de la collectivité').fill('Département des Hautes-Alpes');
    await page.getByLabel('Code département').fill('005');
    await page.getByLabel('SIREN').fill(SIREN);
    await page.getByLabel('SIRET').fill('22050000300011');
    await page.getByLabel('Site de publication').fill('site internet du Département des Hautes-Alpes');
    await page.getByRole('button', { name: 'Enregistrer la collectivité' }).click();
    await page.getByText('Collectivité enregistrée.').waitFor();
    await page.getByRole('button', { name: "Enregistrer l'organe CP" }).click();
    await page
      .getByLabel("Importer les élus d'un tableur (CSV)")
      .setInputFiles({ name: 'elus.csv', mimeType: 'text/csv', buffer: Buffer.from(`${ELUS_CSV}\r\n`, 'utf8') });
    await page.getByText('5 élus ajoutés, 5 mandats enregistrés.').waitFor();
    await page.getByLabel('Formule', { exact: true }).fill('Pour la Présidente du Conseil départemental,');
    await page.getByLabel('Qualité du signataire', { exact: true }).fill('Le Directeur général des services');
    await page.getByLabel('Nom du signataire', { exact: true }).fill('M. Jean ROUX');
    await page.getByRole('button', { name: 'Enregistrer le signataire CP' }).click();
    await expect.poll(() => app.db.prepare("SELECT count(*) FROM settings WHERE key LIKE 'signatory%'").pluck().get()).toBe(1);
    await page.getByLabel('Date', { exact: true }).fill(SESSION);
    await page.getByLabel('Lieu').fill('Hôtel du Département, Gap');
    await expect.poll(() => page.getByRole('button', { name: /Président de séance \(5 membres en exercice\)/ }).textContent()).toContain('Mme Claire ARNAUD');
    await page.getByRole('button', { name: 'Créer la première séance' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Commission permanente — séance du 16 novembre 2026');
  }, E2E_SETUP_TIMEOUT);

  it('writes three acts, voted, each with its nature and matière', async () => {
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
  }, E2E_SETUP_TIMEOUT);

  it('says beside « Transmettre les actes cochés » what it waits for, until acts are ticked and a date is given', async () => {
    // The text the button's aria-describedby points to, as a screen reader reads it; null when the button names nothing.
    const reason = async (button: string) => {
      const id = await page.getByRole('button', { name: button }).getAttribute('aria-describedby');
      return id === null ? null : page.locator(`[id="${id}"]`).textContent();
    };
    expect(await page.getByRole('button', { name: 'Transmettre les actes cochés (0)' }).isDisabled()).toBe(true);
    expect(await reason('Transmettre les actes cochés (0)')).toBe('Cochez les actes à transmettre dans le tableau et saisissez la date de transmission.');
    for (const n of ['G1', 'G2', 'G3']) await page.getByRole('checkbox', { name: `Choisir l'acte ${n}` }).check();
    expect(await reason('Transmettre les actes cochés (3)')).toBe('Saisissez la date de transmission en préfecture.');
    expect(await reason('Enregistrer la mise en ligne')).toBe('Saisissez la date de mise en ligne de la séance.');
    await page.getByLabel('Date de transmission en préfecture').fill('2026-11-10');
    expect(await page.getByRole('button', { name: 'Transmettre les actes cochés (3)' }).isDisabled()).toBe(false);
    expect(await reason('Transmettre les actes cochés (3)')).toBeNull();
  });

  it('refuses a transmission before the vote beside its field, with both dates, then records it for the three acts', async () => {
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

  it('asks before G2 and G3, sent without an accusé de réception, become executory and sealed; waiting records nothing', async () => {
    await page.getByLabel('Date de mise en ligne de la séance').fill('2026-11-19');
    await page.getByRole('button', { name: 'Enregistrer la mise en ligne' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Mettre en ligne sans accusé de réception ?' });
    await expect.poll(() => dialog.textContent()).toContain(
      'G2 et G3 ont été transmis sans accusé de réception enregistré. Mis en ligne le 19/11/2026, ils deviendront exécutoires sur leur seule transmission, et scellés',
    );
    // Waiting is the default: Entrée does not publish.
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await legalityRow('G2').textContent()).not.toContain('19/11/2026');
  });

  it('records the online publication of the session: each act executory on its computed date', async () => {
    await page.getByRole('button', { name: 'Enregistrer la mise en ligne' }).click();
    await page.getByRole('button', { name: 'Mettre en ligne quand même' }).click();
    await expect.poll(() => legalityRow('G1').textContent()).toMatch(/^G1publié.*17\/11\/2026.*18\/11\/2026.*19\/11\/2026.*19\/11\/2026$/);
    await screenshot(page, 'transmission-publication.png', { fullPage: true });
  });

  it('gives the session its recueil, then generates it and the @ctes bundle of each act, read back from the files', async () => {
    await page.getByRole('tab', { name: 'Séance' }).click();
    await page.getByLabel('Numéro du recueil').fill('12');
    await page.getByLabel('Date de publication du recueil').fill('2026-11-20');
    await page.getByRole('button', { name: 'Enregistrer le recueil' }).click();
    // Its acts are executory: recorded, the recueil is sealed at once — asked first, checking again the default.
    const ask = page.getByRole('alertdialog', { name: 'Enregistrer ce recueil pour de bon ?' });
    await expect.poll(() => ask.textContent()).toContain('Recueil n° 12 (2026), publié le 20/11/2026 : G1, G2 et G3 sont exécutoires ou signés et l’impriment.');
    await ask.getByRole('button', { name: 'Enregistrer le recueil' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Recueil n° 12 (2026) enregistré' }).count()).toBe(1);
    expect(await page.getByText('En lecture seule : G1, G2 et G3 sont exécutoires ou signés et impriment ce recueil.').count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Numéro du recueil' }).getAttribute('readonly')).not.toBeNull();
    await screenshot(page, 'seance-details.png', { fullPage: true });
    await page.getByRole('tab', { name: 'Génération' }).click();
    await page.getByRole('checkbox', { name: /^Recueil des actes administratifs n° 12 \(2026\)/ }).check({ force: true });
    await page.getByRole('checkbox', { name: 'Tout cocher : @ctes', exact: true }).check({ force: true });
    await page.getByRole('button', { name: 'Générer (4)' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Terminé' }).textContent(), { timeout: 120_000 }).toBe('Terminé : 4 sur 4, aucune erreur.');
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
  }, 600_000);
});
