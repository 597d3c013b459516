import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForFile } from './harness';

/*
 * The address and the screen never disagree: Back, Forward, an address typed or pasted (and the
 * desktop menu, which sets the address) move the screen; a screen showing one act while the address
 * names another let a secretary type into the wrong act (found by the secretary's tryout).
 */

const app = appForFile();
const heading = (page: Page) => page.locator('main h1').first().textContent();
const at = (page: Page, hash: string) => page.evaluate(`location.hash = ${JSON.stringify(hash)}`);

describe('the address of the page', () => {
  it('moves the screen when it is changed, and Back and Forward step through the screens', async () => {
    const page = app().page;
    await page.goto(app().host.url);
    await page.getByRole('button', { name: '16 octobre 2023' }).click();
    await expect.poll(() => page.url()).toContain('#/seance/CP/2023-10-16/presences');

    await at(page, '#/acte/CP/2023-10-16/G3');
    await expect.poll(() => heading(page)).toContain('N° G3');
    await at(page, '#/acte/CP/2023-10-16/G6');
    await expect.poll(() => heading(page)).toContain('N° G6');

    await page.goBack();
    await expect.poll(() => heading(page)).toContain('N° G3');
    expect(page.url()).toContain('#/acte/CP/2023-10-16/G3');
    await page.goBack();
    await expect.poll(() => page.url()).toContain('#/seance/CP/2023-10-16/presences');
    await expect.poll(() => page.getByRole('tab', { name: 'Présences' }).getAttribute('aria-selected')).toBe('true');
    await page.goForward();
    await expect.poll(() => heading(page)).toContain('N° G3');

    // A tool reached by its address, as the desktop menu « Ouvrir un registre partagé… » does.
    await at(page, '#/registre-partage');
    await expect.poll(() => heading(page)).toBe('Ouvrir un registre partagé');
  });
});
