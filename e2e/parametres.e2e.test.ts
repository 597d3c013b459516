import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../electron/db/open';
import { getCollectivity } from '../electron/db/repositories/collectivity';
import { internalNumberPattern, settingValue } from '../electron/db/repositories/settings';
import { ctesTransmissionSettings } from '../electron/services/settings/ctes-transmission';
import type { E2eApp } from './harness';
import { screenshot, startApp, E2E_SETUP_TIMEOUT } from './harness';

let app: E2eApp;
let db: Db;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  ({ db, page } = app);
}, E2E_SETUP_TIMEOUT);

afterAll(async () => {
  await app?.close();
});

const textbox = (name: string) => page.getByRole('textbox', { name, exact: true });
/** The text of the elements that describe a field (its description and its error). */
const describedBy = async (name: string) => {
  const ids = ((await textbox(name).getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
};
const openSettings = async () => {
  await page.goto(app.host.url);
  await page.getByRole('button', { name: 'Paramètres' }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'Paramètres', level: 1 }).isVisible()).toBe(true);
};

describe('the Paramètres screen', () => {
  it('refuses an invalid SIREN with a French message next to the field, and saves nothing', async () => {
    await openSettings();
    await textbox('SIREN').fill('228300019');
    await textbox('Nom de la collectivité').fill('Département du Var (83)');
    await page.getByRole('button', { name: 'Enregistrer la collectivité' }).click();
    const message = 'SIREN « 228300019 » invalide : la clé de contrôle (formule de Luhn) est fausse ; vérifiez la saisie.';
    await expect.poll(() => describedBy('SIREN')).toContain(message);
    expect(await textbox('SIREN').getAttribute('aria-invalid')).toBe('true');
    // The focus goes to the refused field, not to the page (the button was disabled while saving).
    await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("name")')).toBe('siren');
    expect(getCollectivity(db)).toMatchObject({ name: 'Département du Var', siren: '228300018' });
  });

  it('shows every refusal at once, each under its own field, named as labelled (D1, D2)', async () => {
    await textbox('Nom de la collectivité').fill('');
    await textbox('Site de publication').fill('');
    await page.getByRole('button', { name: 'Enregistrer la collectivité' }).click();
    await expect.poll(() => describedBy('Site de publication')).toContain('Site de publication : obligatoire');
    expect(await describedBy('Nom de la collectivité')).toContain('Nom de la collectivité : obligatoire');
    expect(await describedBy('Nom de la collectivité')).not.toContain('Site de publication');
    await textbox('Nom de la collectivité').fill('Département du Var (83)');
    await textbox('Site de publication').fill('site internet du Département du Var');
    await textbox('Code département').fill('5');
    await page.getByRole('button', { name: 'Enregistrer la collectivité' }).click();
    await expect.poll(() => describedBy('Code département')).toContain('Code département « 5 » invalide');
    expect(await describedBy('SIREN')).toContain('SIREN « 228300019 » invalide');
    await textbox('Code département').fill('083');
  });

  it('saves once corrected, and shows it when the screen is opened again', async () => {
    await textbox('SIREN').fill('228300018');
    await page.getByRole('button', { name: 'Enregistrer la collectivité' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Collectivité enregistrée.' }).count()).toBe(1);
    await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Enregistrer la collectivité');
    expect(getCollectivity(db)?.name).toBe('Département du Var (83)');
    await openSettings();
    expect(await textbox('Nom de la collectivité').inputValue()).toBe('Département du Var (83)');
  });

  it('adds a member with a mandate and a rank, then moves her up the order of precedence', async () => {
    await page.getByRole('tab', { name: 'Élus et ordre du tableau' }).click();
    await textbox('Prénom').fill('Anne');
    await textbox('Nom').fill('Durand');
    // No civility is chosen in advance (D3): the form asks for one.
    expect(await page.getByRole('radio', { name: 'Mme' }).isChecked()).toBe(false);
    await page.getByRole('button', { name: "Ajouter l'élu" }).click();
    await expect.poll(() => page.getByRole('radiogroup', { name: 'Civilité' }).textContent()).toContain('Civilité : obligatoire');
    await page.getByRole('radio', { name: 'Mme', exact: true }).check({ force: true });
    await page.getByRole('button', { name: "Ajouter l'élu" }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Mme Anne DURAND ajoutée au registre' }).count()).toBe(1);
    // The mandate form now proposes her.
    await expect.poll(() => page.getByRole('button', { name: /Mme Anne DURAND/ }).count()).toBeGreaterThan(0);
    await textbox('Début du mandat').fill('2026-11-01');
    await textbox('Qualité').fill('Deuxième Vice-présidente du Conseil départemental');
    await textbox("Rang dans l'ordre du tableau").fill('2');
    await page.getByRole('button', { name: 'Enregistrer le mandat' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Mandat de Mme Anne DURAND enregistré.' }).count()).toBe(1);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Mme Anne DURAND' }) });
    await expect.poll(() => row.textContent()).toContain('Deuxième Vice-présidente');
    await page.getByRole('button', { name: 'Monter Mme Anne DURAND' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Mme Anne DURAND est désormais au rang 1.' }).count()).toBe(1);
    const ranks = db
      .prepare('SELECT m.last_name, md.precedence FROM mandates md JOIN members m ON m.id = md.member_id WHERE md.precedence IS NOT NULL ORDER BY md.precedence')
      .all();
    expect(ranks).toEqual([
      { last_name: 'MASSON', precedence: 0 },
      { last_name: 'DURAND', precedence: 1 },
      { last_name: 'BREMOND', precedence: 2 },
    ]);
    const names = await page.getByRole('rowheader').allTextContents();
    expect(names.slice(0, 3)).toEqual(['M. Jean-Louis MASSON', 'Mme Anne DURAND', 'M. Didier BREMOND']);
    // The forms, then the head of the order of precedence.
    await screenshot(page, 'parametres.png', { fullPage: true, clip: { x: 0, y: 0, width: 1400, height: 1400 } });
  });

  it('refuses a second entry of a member under another civility, then deletes a member entered by mistake (D3, D14)', async () => {
    await page.getByRole('tab', { name: 'Élus et ordre du tableau' }).click();
    await page.getByRole('radio', { name: 'M.', exact: true }).check({ force: true });
    await textbox('Prénom').fill('anne');
    await textbox('Nom').fill('durand');
    await page.getByRole('button', { name: "Ajouter l'élu" }).click();
    await expect.poll(() => describedBy('Nom')).toContain('déjà inscrit au registre : Mme Anne DURAND');
    await textbox('Prénom').fill('Paul');
    await textbox('Nom').fill('Essai');
    await page.getByRole('button', { name: "Ajouter l'élu" }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'M. Paul ESSAI ajouté au registre' }).count()).toBe(1);
    await page.getByRole('button', { name: /Élu à supprimer/ }).click();
    await page.getByRole('option', { name: 'M. Paul ESSAI' }).click();
    await page.getByRole('button', { name: "Supprimer l'élu" }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Supprimer définitivement' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'M. Paul ESSAI supprimé du registre, avec ses mandats.' }).count()).toBe(1);
    expect(db.prepare("SELECT count(*) FROM members WHERE last_name = 'ESSAI'").pluck().get()).toBe(0);
  });

  it('previews the number a new pattern gives, then saves it', async () => {
    await page.getByRole('tab', { name: 'Numérotation' }).click();
    await expect.poll(() => page.getByText('recevrait le numéro CP231016_G29').count()).toBe(1);
    await textbox('Modèle de numéro interne').fill('D{AAAA}_{SEQ:5}');
    await expect.poll(() => page.getByText("Exemple : l'acte G29 de la séance CP du 16 octobre 2023 recevrait le numéro D2023_00001.").count()).toBe(1);
    await page.getByRole('button', { name: 'Enregistrer le modèle de numéro' }).click();
    await expect.poll(() => internalNumberPattern(db)).toBe('D{AAAA}_{SEQ:5}');
  });

  it('checks the @ctes transmission settings beside their field, then saves them for the envelope', async () => {
    await page.getByRole('tab', { name: 'Transmission @ctes' }).click();
    await textbox('Arrondissement').fill('12');
    await textbox('Nature @ctes de la collectivité').fill('03');
    await textbox('Nom du référent').fill('Service de l’Assemblée');
    await textbox('Téléphone du référent').fill('04 83 95 00 00');
    await textbox('Courriel du référent').fill('assemblee@var.fr');
    await page.getByRole('button', { name: 'Enregistrer la transmission @ctes' }).click();
    await expect.poll(() => describedBy('Arrondissement')).toContain('Arrondissement « 12 » invalide : un chiffre');
    expect(ctesTransmissionSettings(db).arrondissement).toBeNull();
    await textbox('Arrondissement').fill('1');
    await page.getByRole('button', { name: 'Enregistrer la transmission @ctes' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Paramètres de transmission @ctes enregistrés.' }).count()).toBe(1);
    expect(ctesTransmissionSettings(db)).toMatchObject({ arrondissement: '1', collectivityNature: '03', referentEmail: 'assemblee@var.fr' });
  });

  it("refuses an extract template with an unknown placeholder, with the engine's French message and line", async () => {
    await page.getByRole('tab', { name: 'Modèles' }).click();
    const editor = page.getByRole('textbox', { name: 'Texte du modèle « Extrait de délibération »' });
    await expect.poll(() => editor.inputValue()).toContain('N° : {acte.numéro}');
    await editor.fill((await editor.inputValue()).replace('N° : {acte.numéro}', 'N° : {acte.numero}'));
    // The template's own button, not the toolbar's « Enregistrer » (Ctrl+S).
    await page.getByRole('tabpanel', { name: 'Modèles' }).getByRole('button', { name: 'Enregistrer', exact: true }).click();
    const errorText = async () => {
      const ids = ((await editor.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
      return (await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()))).join(' ');
    };
    await expect.poll(errorText).toContain('Modèle « extrait », ligne 24 : champ inconnu {acte.numero}.');
    expect(await editor.getAttribute('aria-invalid')).toBe('true');
    expect(settingValue(db, 'template.extrait')).toBeUndefined();
    await expect.poll(() => page.getByRole('complementary', { name: 'Champs permis' }).textContent()).toContain('{acte.numéro}');
    await screenshot(page, 'parametres-modeles.png', { fullPage: false });
  });
});
