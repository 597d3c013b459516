import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { settingValue } from '../electron/db/repositories/settings';
import { appForFile, chooseOption } from './harness';

// The defects a secretary met trying the app (notes/try-report.md), each on the screen she met it on.
const app = appForFile();
const page = (): Page => app().page;

const subjectOfG1 = () =>
  app().db.prepare("SELECT a.subject_code FROM acts a JOIN sessions s ON s.id = a.session_id WHERE s.date = '2024-01-15' AND a.number = 1").pluck().get();

describe('screen defects found trying the app', () => {
  it('opens a new act of a new session', async () => {
    await page().goto(app().host.url);
    await page().getByLabel('Date').fill('2024-01-15');
    await page().getByLabel('Lieu').fill('Hôtel du Département, Toulon');
    await expect.poll(() => page().getByRole('button', { name: /Président de séance/ }).textContent()).toContain('M. Jean-Louis MASSON');
    await page().getByRole('button', { name: 'Créer la séance' }).click();
    await page().getByRole('tab', { name: 'Ordre du jour' }).click();
    await page().getByLabel('Objet du nouvel acte').fill('Aide aux collèges');
    await page().getByRole('button', { name: "Ajouter à l'ordre du jour" }).click();
    await page().getByRole('button', { name: "Ouvrir l'acte G1" }).click();
    await expect.poll(() => page().getByRole('heading', { name: 'N° G1' }).isVisible()).toBe(true);
  });

  it('D5: the matière search keeps only what matches, so ↓ Entrée saves the matière typed, and Échap saves nothing', async () => {
    const field = page().getByRole('combobox', { name: /Matière/ });
    await field.click();
    await field.pressSequentially('enseignement');
    await expect.poll(() => page().getByRole('option').allTextContents()).toEqual(['8.1 Domaines de compétences par thèmes – Enseignement']);
    await page().keyboard.press('ArrowDown');
    await page().keyboard.press('Enter');
    await expect.poll(subjectOfG1).toBe('8.1');
    await field.selectText();
    await field.pressSequentially('7.3');
    await expect.poll(async () => (await page().getByRole('option').allTextContents()).every((o) => o.startsWith('7.3'))).toBe(true);
    expect(await page().getByRole('option').count()).toBeGreaterThan(0);
    await field.selectText();
    await field.pressSequentially('emprunt');
    await expect.poll(() => page().getByRole('option').allTextContents()).toContain('7.3 Finances locales – Emprunts');
    await page().keyboard.press('Escape');
    await page().keyboard.press('Escape');
    expect(await field.inputValue()).toBe('8.1 Domaines de compétences par thèmes – Enseignement');
    expect(subjectOfG1()).toBe('8.1');
  });

  it('the « Enregistré à … » line covers no label of the act editor scrolled under it; the status bar keeps the state in sight', async () => {
    // The label « Visas » scrolled, step by step, through the top of the scrolled area, where a line
    // held on top of the fields would sit: at each step the middle of the label shows the label.
    const hidden = await page()
      .locator('.editor .field label', { hasText: /^Visas$/ })
      .evaluate(
        (label: {
          getBoundingClientRect(): { left: number; top: number; height: number };
          ownerDocument: {
            getElementById(id: string): { scrollTop: number; getBoundingClientRect(): { top: number } } | null;
            elementFromPoint(x: number, y: number): { textContent: string | null } | null;
          };
        }) => {
          const area = label.ownerDocument.getElementById('contenu');
          if (area === null) return ['no scrolled area'];
          const covered: string[] = [];
          for (let below = 0; below <= 80; below += 8) {
            area.scrollTop += label.getBoundingClientRect().top - area.getBoundingClientRect().top - below;
            const box = label.getBoundingClientRect();
            const seen = label.ownerDocument.elementFromPoint(box.left + 5, box.top + box.height / 2)?.textContent ?? null;
            if (seen !== 'Visas') covered.push(`${below} px: ${seen}`);
          }
          return covered;
        },
      );
    expect(hidden).toEqual([]);
    expect(await page().locator('.status-bar').textContent()).toMatch(/Enregistré/);
  });

  it('the status bar keeps the save state whole on a narrow window, the address giving way first, from its start', async () => {
    // Seen on a shared register: the address, the save state and the lock were each cut mid-word,
    // « Chaque modification est enregistré » included, even 1 400 pixels wide.
    await page().setViewportSize({ width: 800, height: 768 });
    try {
      // On opening, the save state is its longest text, « Chaque modification est enregistrée… ».
      await page().goto(app().host.url);
      // Until the register answers, the address reads « … », which nothing cuts.
      await expect.poll(() => page().locator('.status-bar .register bdi').textContent()).toMatch(/registre|postgres/);
      type Box = { left: number; right: number };
      type Element = { scrollWidth: number; clientWidth: number; getBoundingClientRect(): Box };
      const layout = await page()
        .locator('.status-bar')
        .evaluate((bar: Element & { querySelector(selector: string): Element | null }) => {
          const cut = (selector: string) => {
            const e = bar.querySelector(selector);
            return e === null ? 'absent' : e.scrollWidth > e.clientWidth;
          };
          const edge = (selector: string, side: 'left' | 'right') => bar.querySelector(selector)?.getBoundingClientRect()[side] ?? NaN;
          return {
            barOverflows: bar.scrollWidth > bar.clientWidth,
            saveCut: cut('.save .status-text'),
            addressCut: cut('.register .status-text'),
            labelClearOfSave: edge('.register .status-label', 'right') < edge('.save', 'left'),
          };
        });
      expect(layout).toEqual({ barOverflows: false, saveCut: false, addressCut: true, labelClearOfSave: true });
      // What is left of the address still names the file: at 800 pixels a register in a deep folder
      // read « ….sqlite ». This one's name is short: the room is measured against a usual one.
      const room = await page().evaluate<{ shown: number; needed: number }>(`(() => {
        const text = document.querySelector('.status-bar .register .status-text');
        const name = document.createElement('span');
        name.textContent = 'registre-cd83-2024.sqlite';
        text.parentElement.append(name);
        const needed = name.getBoundingClientRect().width;
        name.remove();
        return { shown: text.clientWidth, needed };
      })()`);
      expect(room.shown).toBeGreaterThanOrEqual(room.needed);
      // A text cut short shows whole on hover.
      const address = await page().locator('.status-bar .register bdi').textContent();
      expect(await page().locator('.status-bar .register').getAttribute('title')).toBe(address);
      expect(address).toMatch(/registre|postgres/);
      expect(await page().locator('.status-bar .lock').getAttribute('title')).toMatch(/^(Verrouillé pour cette fenêtre|Registre partagé)/);
    } finally {
      await page().setViewportSize({ width: 1400, height: 900 });
    }
  });

  it('D18: Ctrl+S saves the template being edited, a refusal beside it, and leaving it edited asks first', async () => {
    await page().getByRole('button', { name: 'Paramètres' }).click();
    await page().getByRole('tab', { name: 'Modèles' }).click();
    const editor = page().getByRole('textbox', { name: 'Texte du modèle « Extrait de délibération »' });
    await expect.poll(() => editor.inputValue()).toContain('LE DÉPARTEMENT');
    const original = await editor.inputValue();
    // A refused template: Ctrl+S says why beside the text, and saves nothing.
    await editor.fill(original.replace('LE DÉPARTEMENT', 'DÉPARTEMENT DES HAUTES-ALPES').replace('N° : {acte.numéro}', 'N° : {acte.numero}'));
    await page().keyboard.press('Control+s');
    const errorText = async () => {
      const ids = ((await editor.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
      return (await Promise.all(ids.map((id) => page().locator(`[id="${id}"]`).textContent()))).join(' ');
    };
    await expect.poll(errorText).toContain('champ inconnu {acte.numero}');
    expect(settingValue(app().db, 'template.extrait')).toBeUndefined();
    // Leaving asks; « Rester sur le modèle » keeps the text typed.
    const ask = page().getByRole('alertdialog', { name: 'Quitter sans enregistrer ?' });
    await page().getByRole('button', { name: 'Journal' }).click();
    await expect.poll(() => ask.isVisible()).toBe(true);
    expect(await ask.textContent()).toContain("Le modèle « Extrait de délibération » est modifié et n'est pas enregistré");
    await ask.getByRole('button', { name: 'Rester sur le modèle' }).click();
    await expect.poll(() => ask.count()).toBe(0);
    expect(await editor.inputValue()).toContain('DÉPARTEMENT DES HAUTES-ALPES');
    // Another tab of Paramètres asks too.
    await page().getByRole('tab', { name: 'Collectivité' }).click();
    await expect.poll(() => ask.isVisible()).toBe(true);
    await page().keyboard.press('Escape');
    await expect.poll(() => ask.count()).toBe(0);
    // Corrected, Ctrl+S saves it.
    await editor.fill((await editor.inputValue()).replace('N° : {acte.numero}', 'N° : {acte.numéro}'));
    await page().keyboard.press('Control+s');
    await expect.poll(() => page().getByRole('tabpanel', { name: 'Modèles' }).getByRole('status').textContent()).toBe('Modèle « Extrait de délibération » enregistré dans le registre.');
    expect(settingValue(app().db, 'template.extrait')).toContain('DÉPARTEMENT DES HAUTES-ALPES');
    // Saved with Ctrl+S, the text keeps the focus: the secretary goes on typing.
    expect(await page().evaluate('document.activeElement?.tagName')).toBe('TEXTAREA');
    // Saved, it leaves without asking; edited again, « Quitter sans enregistrer » leaves and loses the edit.
    await editor.fill((await editor.inputValue()).replace('DÉPARTEMENT DES HAUTES-ALPES', 'PERDU'));
    await page().getByRole('button', { name: 'Journal' }).click();
    await ask.getByRole('button', { name: 'Quitter sans enregistrer' }).click();
    await expect.poll(() => page().getByRole('heading', { level: 1 }).textContent()).toContain('Journal');
    expect(settingValue(app().db, 'template.extrait')).not.toContain('PERDU');
  });

  it('D6: the Précision of a withdrawal is cleared when the status or the member changes, never copied onto an absence', async () => {
    await page().getByRole('button', { name: 'Séances' }).click();
    await page().getByRole('button', { name: '15 janvier 2024' }).click();
    await page().getByRole('tab', { name: 'Présences' }).click();
    await chooseOption(page(), / Acte$/, /^G1 —/);
    await chooseOption(page(), / Élu$/, 'M. Marc LAURIOL');
    await chooseOption(page(), / Pour cet acte$/, 'ne prend pas part (se retire)');
    await page().getByLabel('Précision (facultative)').fill("administrateur de l'OPH");
    await chooseOption(page(), / Pour cet acte$/, 'absent pour cet acte (sort de la salle)');
    await chooseOption(page(), / Pour cet acte$/, 'ne prend pas part (se retire)');
    expect(await page().getByLabel('Précision (facultative)').inputValue()).toBe('');
    await page().getByLabel('Précision (facultative)').fill("administrateur de l'OPH");
    await chooseOption(page(), / Pour cet acte$/, 'absent pour cet acte (sort de la salle)');
    await page().getByRole('button', { name: 'Appliquer à G1' }).click();
    const changes = page().getByRole('table', { name: 'Changements pour cet acte' });
    await expect.poll(() => changes.textContent()).toContain('absent pour cet acte (sort de la salle)');
    expect(await changes.textContent()).not.toContain('OPH');
  });

  it("keyboard: opening an act puts the focus on its title « N° G1 », not on the page", async () => {
    await page().getByRole('tab', { name: 'Ordre du jour' }).click();
    await page().getByRole('button', { name: "Ouvrir l'acte G1" }).click();
    await expect.poll(() => page().locator('h1:focus').count()).toBe(1);
    expect(await page().locator(':focus').textContent()).toMatch(/^N° G1/);
  });

  it('D22: reloading the page (F5) reopens the act, or the session tab, that was in front', async () => {
    await page().reload();
    await expect.poll(() => page().getByRole('heading', { level: 1 }).textContent()).toMatch(/^N° G1/);
    await page().getByRole('button', { name: 'Séance du 15/01/2024' }).click();
    await page().getByRole('tab', { name: 'Génération' }).click();
    await page().reload();
    await expect.poll(() => page().getByRole('tab', { name: 'Génération' }).getAttribute('aria-selected')).toBe('true');
    expect(await page().getByRole('heading', { level: 1 }).textContent()).toContain('séance du 15 janvier 2024');
  });

  it('the Séance tab reloaded (F5) before Paramètres was ever opened sets each label above its field, as everywhere', async () => {
    await page().getByRole('tab', { name: 'Séance' }).click();
    await page().reload();
    const field = page().getByRole('textbox', { name: 'Lieu' });
    await expect.poll(() => field.isVisible()).toBe(true);
    const label = await page().locator('label', { hasText: /^Lieu$/ }).boundingBox();
    const input = await field.boundingBox();
    expect((label?.y ?? 0) + (label?.height ?? 0)).toBeLessThanOrEqual((input?.y ?? 0) + 1);
  });

  it('D9: a vote count of « -1 » or « 8.5 » is refused quoting what was typed, never read as 0 or 8', async () => {
    await page().getByRole('tab', { name: 'Ordre du jour' }).click();
    await page().getByRole('button', { name: "Ouvrir l'acte G1" }).click();
    // A voted act decides something: without a decision the vote of D8 would be refused, and leaving the act would ask first.
    await page().getByLabel('Décisions (DÉCIDE :)').fill("d'attribuer les aides aux collèges.");
    await chooseOption(page(), / Résultat$/, 'Adopté à la majorité');
    const against = page().getByLabel('Contre', { exact: true });
    const alert = page().locator('.vote [role="alert"]');
    await against.fill('-1');
    await expect.poll(() => alert.textContent()).toBe("Contre : « -1 » n'est pas un nombre de voix ; un nombre entier, 0 ou plus, est attendu.");
    expect(await against.inputValue()).toBe('-1');
    // The status bar says the same, not an older refusal of the register.
    await expect.poll(() => page().locator('.status-bar').textContent()).toContain("Non enregistré : G1 : Vote : Contre : « -1 » n'est pas un nombre de voix");
    await page().getByLabel('Pour', { exact: true }).fill('8.5');
    await expect.poll(() => alert.textContent()).toContain('« 8.5 »');
    expect(await against.inputValue()).toBe('-1');
    await against.fill('0');
    await expect.poll(() => alert.textContent()).toBe("Pour : « 8.5 » n'est pas un nombre de voix ; un nombre entier, 0 ou plus, est attendu.");
  });

  it('D8: the members of a public ballot are listed in the ordre du tableau, as the attendance grid lists them', async () => {
    // D9 left « Contre » refused (-1): a vote that stands — every voter for — so that leaving the act
    // does not ask first. The voters are those the quorum line counts (present + represented).
    const [, present, represented] = /(\d+) \+ (\d+) ≥/.exec((await page().getByText(/^Quorum atteint/).textContent()) ?? '') ?? [];
    await page().getByLabel('Contre', { exact: true }).fill('0');
    await page().getByLabel('Pour', { exact: true }).fill(String(Number(present) + Number(represented)));
    await chooseOption(page(), / Scrutin$/, 'scrutin public');
    // On an office laptop's 1366 × 768, the ballot's counts and its three lists stay in the editor's
    // column, clear of the preview (a tryout found « Ne prennent pas part » under it).
    await page().setViewportSize({ width: 1366, height: 768 });
    const previewLeft = (await page().locator('.preview').boundingBox())?.x ?? 0;
    for (const part of await page().locator('.vote .names, .vote .count').all()) {
      const box = await part.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(previewLeft);
    }
    await page().setViewportSize({ width: 1400, height: 900 });
    await page().getByRole('button', { name: /Ajouter : ont voté contre$/ }).click();
    // The list is read once drawn whole: on a loaded machine its options come in after the click.
    await expect.poll(() => page().getByRole('option').count()).toBeGreaterThan(40);
    const offered = (await page().getByRole('option').allTextContents()).map((o) => o.trim());
    await page().keyboard.press('Escape');
    await page().getByRole('button', { name: 'Séance du 15/01/2024' }).click();
    await page().getByRole('tab', { name: 'Présences' }).click();
    const groups = page().getByRole('radiogroup', { name: /^Présence de / });
    await expect.poll(() => groups.count()).toBeGreaterThan(40);
    const grid = (await groups.locator('> span').allTextContents()).map((n) => n.replace(/^Présence de /, '').trim());
    expect(offered.length).toBeGreaterThan(40);
    expect(offered).toEqual(grid.filter((n) => offered.includes(n)));
  });
});
