import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSession } from '../electron/services/sessions/session-import';
import { referenceSession } from '../electron/testing/temp-register';
import type { E2eApp } from './harness';
import { startApp } from './harness';

let app: E2eApp;
let page: Page;

// The demo year with a séance of the Commission permanente every other Monday (the reference acts,
// without their legality dates): a registre long enough (26 séances, over 400 acts) to be followed
// séance by séance and cancelled early, however fast the machine writes it.
const MORE_SESSIONS = Array.from({ length: 25 }, (_, i) => new Date(Date.UTC(2023, 0, 2 + 14 * i)).toISOString().slice(0, 10)).filter(
  (date) => date !== '2023-10-16',
);
const SESSIONS = MORE_SESSIONS.length + 1;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  const reference = referenceSession();
  const acts = reference.acts.map((a) => ({ ...a, internalId: undefined, legalityReceptionDate: undefined, executoryDate: undefined, onlineDate: undefined }));
  for (const date of MORE_SESSIONS) importSession(app.db, { ...reference, recueil: undefined, session: { ...reference.session, date }, acts });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('Génération: the registre of the demo year, followed and cancelled', () => {
  it('shows the séances written, stops on « Annuler » with « Génération annulée », and leaves no file', async () => {
    await page.goto(app.host.url);
    await page.getByRole('button', { name: '16 octobre 2023' }).click();
    // Many séances to list on a loaded machine: the session screen and its plan get room.
    await page.getByRole('tab', { name: 'Génération' }).click({ timeout: 30_000 });
    await page.getByRole('checkbox', { name: 'Registre des délibérations 2023', exact: true }).check({ force: true, timeout: 30_000 });
    await page.getByRole('button', { name: 'Générer (1)' }).click({ timeout: 30_000 });

    const book = page.getByRole('progressbar', { name: 'Registre des délibérations 2023' });
    // Cancelled within its first séances, well before the end.
    await expect.poll(() => book.getAttribute('aria-valuetext'), { timeout: 120_000 }).toMatch(new RegExp(`^séance [1-5] sur ${SESSIONS}, \\d+ pages$`));
    await page.getByRole('button', { name: 'Annuler' }).click({ timeout: 30_000 });

    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Registre des délibérations 2023', exact: true }) });
    await expect.poll(() => row.textContent(), { timeout: 120_000 }).toContain('Génération annulée.');
    expect(await book.count()).toBe(0);
    const folder = join(app.dir, 'exports', 'CP-2023-10-16');
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
  }, 300_000);
});
