import { describe, expect, it } from 'vitest';
import { callValue } from '../electron/testing/contract-call';
import { appForFile } from './harness';

/*
 * « Données ouvertes » on the Séances screen: a mistyped year is refused beside the field, and the
 * corrected year exports — the refusal once blocked every later try until the page was reloaded
 * (found by the secretary's tryout).
 */

const app = appForFile();

describe('the open-data export of a year', () => {
  it('refuses a mistyped year, then exports the corrected one without reloading the page', async () => {
    const now = new Date('2026-11-24T09:00:00Z');
    const { collectivity } = await callValue(app().db, 'settings:get', {}, now);
    if (collectivity === null) throw new Error('collectivité absente du registre de démonstration');
    // The SCDL file names the collectivité by its SIRET, which the demo leaves to the secretary.
    await callValue(app().db, 'collectivity:save', { ...collectivity, siret: '22830001800014' }, now);
    const page = app().page;
    await page.goto(app().host.url);
    const form = page.getByRole('form', { name: 'Données ouvertes' });
    await form.getByLabel('Année').fill('20x6');
    await form.getByRole('button', { name: /^Exporter les délibérations/ }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('Année « 20x6 » : quatre chiffres attendus, par exemple 2023.');

    await form.getByLabel('Année').fill('2023');
    expect(await form.getByRole('alert').count()).toBe(0);
    const download = page.waitForEvent('download');
    await form.getByRole('button', { name: /^Exporter les délibérations/ }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await expect.poll(() => form.getByRole('status').textContent()).toMatch(/^16 délibérations de 2023 exportées dans .+\.csv\./);
  });
});
