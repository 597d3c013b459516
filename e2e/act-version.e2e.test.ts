import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Channel, Input } from '../shared/contract/contract';
import { setJournalContextAuthor } from '../electron/db/repositories/journal';
import { callValue } from '../electron/testing/contract-call';
import { textsOf } from '../renderer/screens/actes/act-text';
import { appForFile } from './harness';

/*
 * Two secretaries on one act, each in her own browser (no shared tab storage): the first saves, the
 * second's save is refused with who changed the act and when, her text stays in the field, a reload
 * of her tab keeps it refused (never saved over), and « Recharger l'acte » opens the register's text.
 */

const now = new Date('2026-11-24T09:00:00Z');
const app = appForFile(now);
const session = { body: 'CP', date: '2026-11-20' } as const;
const call = <C extends Channel>(channel: C, input: Input<C>) => callValue(app().db, channel, input, now);
const status = (page: Page) => page.locator('.save-status').textContent();

describe('one act edited in two browsers', () => {
  it("refuses the second secretary's save naming who changed the act, and keeps her text on screen", async () => {
    const members = await call('members:in-office', session);
    const president = members.find((m) => m.name === 'M. Jean-Louis MASSON');
    if (president === undefined) throw new Error('président absent du registre de démonstration');
    await call('session:create', { ...session, time: '10:00', place: 'Toulon', presidentId: president.id });
    const { number } = await call('act:create', { ...session, object: 'Subvention au club de voile' });
    const hash = `#/acte/${session.body}/${session.date}/${number}`;

    const amelie = app().page;
    const bruno = await app().browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'fr-FR' });
    bruno.setDefaultTimeout(30_000);
    try {
      for (const page of [amelie, bruno]) {
        // The host's address with the act's view: the token is taken from it, the view kept.
        await page.goto(`${app().host.url}${hash}`);
        await expect.poll(() => page.url()).toMatch(new RegExp(`/${hash.replaceAll('/', '\\/')}$`));
        await expect.poll(() => page.getByLabel('Objet', { exact: true }).inputValue()).toBe('Subvention au club de voile');
      }
      setJournalContextAuthor(app().db, 'amelie');
      await amelie.getByLabel('Visas').fill('Vu le code général des collectivités territoriales ;');
      await expect.poll(() => status(amelie)).toMatch(/^Enregistré à/);

      await bruno.getByLabel('Visas').fill('Vu la demande du club ;');
      await expect.poll(() => status(bruno)).toMatch(
        new RegExp(`^Non enregistré : L'acte ${number} a été modifié par amelie le \\d{1,2}(er)? [a-zéû]+ \\d{4} à \\d{1,2} h \\d{2} pendant que vous le rédigiez : votre texte n'a pas été enregistré\\.`),
      );
      expect(await bruno.getByLabel('Visas').inputValue()).toBe('Vu la demande du club ;');
      expect((await call('act:get', { ...session, act: number })).content.visas).toEqual(['Vu le code général des collectivités territoriales ;']);

      // Her tab reloaded, her draft comes back and stays refused: it is never saved over amelie's text.
      await bruno.reload();
      await expect.poll(() => status(bruno)).toContain(`Non enregistré : L'acte ${number} a été modifié par amelie le `);
      expect(await bruno.getByLabel('Visas').inputValue()).toBe('Vu la demande du club ;');
      expect((await call('act:get', { ...session, act: number })).content.visas).toEqual(['Vu le code général des collectivités territoriales ;']);

      // She types on, still refused, and reloads the act from the field she was typing in: the
      // click's blur sends her text once more, and its refusal must not bring her draft back.
      await bruno.getByLabel('Visas').click();
      await bruno.keyboard.type(' Vu le règlement ;');
      await expect.poll(() => bruno.evaluate('document.activeElement?.tagName')).toBe('TEXTAREA');
      await expect.poll(() => status(bruno)).toContain(`Non enregistré : L'acte ${number} a été modifié par amelie le `);
      // She chooses to reload the act: the register's text, and her next change saves.
      await bruno.getByRole('button', { name: /^Recharger l'acte/ }).click();
      await expect.poll(() => bruno.getByLabel('Visas').inputValue()).toBe('Vu le code général des collectivités territoriales ;');
      setJournalContextAuthor(app().db, 'bruno');
      await bruno.getByLabel('Visas').fill('Vu le code général des collectivités territoriales ;\nVu la demande du club ;');
      await expect.poll(() => status(bruno)).toMatch(/^Enregistré à/);
      expect((await call('act:get', { ...session, act: number })).content.visas).toEqual(['Vu le code général des collectivités territoriales ;', 'Vu la demande du club ;']);

      // Amelie's editor is now the one behind.
      await amelie.getByLabel('Objet', { exact: true }).fill('Subvention au club de voile de Toulon');
      await expect.poll(() => status(amelie)).toContain(`Non enregistré : L'acte ${number} a été modifié par bruno le `);
    } finally {
      await bruno.close();
    }
  });

  it('does not take her own last save, whose answer a reload cut off, for another secretary’s change', async () => {
    const other = { body: 'CP', date: '2026-11-27' } as const;
    const president = (await call('members:in-office', other)).find((m) => m.name === 'M. Jean-Louis MASSON');
    if (president === undefined) throw new Error('président absent du registre de démonstration');
    await call('session:create', { ...other, time: '10:00', place: 'Toulon', presidentId: president.id });
    const { number } = await call('act:create', { ...other, object: 'Aide à la cantine du collège' });
    const page = app().page;
    await page.goto(`${app().host.url}#/acte/${other.body}/${other.date}/${number}`);
    await expect.poll(() => page.getByLabel('Objet', { exact: true }).inputValue()).toBe('Aide à la cantine du collège');
    const typedOn = (await call('act:get', { ...other, act: number })).version;
    await page.getByLabel('Visas').fill('Vu le code de l’éducation ;');
    await expect.poll(() => status(page)).toMatch(/^Enregistré à/);
    // The tab as F5 leaves it when the save was on its way: the draft, on the version it was typed on.
    const key = `registre.draft.${other.body}.${other.date}.${number}`;
    const saved = (await call('act:get', { ...other, act: number })).content;
    const draft = JSON.stringify({ texts: textsOf(saved), vote: saved.vote, version: typedOn });
    await page.evaluate(`sessionStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(draft)})`);
    await page.reload();
    await expect.poll(() => page.getByLabel('Visas').inputValue()).toBe('Vu le code de l’éducation ;');
    await page.getByLabel('Considérants').fill('Considérant la hausse du prix des repas ;');
    await expect.poll(() => status(page)).toMatch(/^Enregistré à/);
    expect((await call('act:get', { ...other, act: number })).content.considerants).toEqual(['Considérant la hausse du prix des repas ;']);
  });
});
