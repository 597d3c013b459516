import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteDb } from '../electron/db/open';
import { onPostgres } from '../electron/testing/engine';
import { recordLegalityDates } from '../electron/services/ctes/legality';
import type { E2eApp } from './harness';
import { screenshot, startApp, E2E_SETUP_TIMEOUT } from './harness';

let app: E2eApp;
let db: SqliteDb;
let page: Page;

const actsOfDemo = () => db.prepare('SELECT count(*) FROM acts WHERE session_id = 1').pluck().get() as number;

// The backups of a file: a shared register is backed up by pg_dump on its server (`registre backup`, CLI tests).
describe.skipIf(onPostgres)('Sauvegardes and the journal of an act, in a browser', () => {
  beforeAll(async () => {
    app = await startApp();
    page = app.page;
    db = app.db as SqliteDb;
    // A change after the backup made at open, through an existing service: a draft act G99 (the
    // reference acts are executory, hence locked) given its transmission and publication dates.
    db.exec(`INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 99, 'ACTE EN PRÉPARATION', '{"kind":"unanimity"}')`);
    recordLegalityDates(db, 'CP', '2023-10-16', 'G99', { transmissionDate: '2023-10-17', onlineDate: '2023-10-18' }, new Date('2024-01-10T10:00:00Z'));
  }, E2E_SETUP_TIMEOUT);

  afterAll(async () => {
    await app?.close();
  });

  it("shows the change in the act's journal", async () => {
    await page.goto(app.host.url);
    await page.getByRole('button', { name: '16 octobre 2023' }).click();
    await page.getByRole('tab', { name: 'Ordre du jour' }).click();
    await page.getByRole('button', { name: "Ouvrir l'acte G99" }).click();
    const journal = page.getByRole('table', { name: "Journal des modifications de l'acte G99" });
    await expect.poll(() => journal.isVisible()).toBe(true);
    const rows = journal.getByRole('row');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(1).textContent()).toContain('transmission : 17/10/2023 ; exécutoire : 18/10/2023 ; mise en ligne : 18/10/2023');
    expect(await rows.nth(2).textContent()).toContain('acte créé : ACTE EN PRÉPARATION');
  });

  it('lists the backup made at open and previews the session of 16 octobre 2023 with its 16 acts', async () => {
    await page.getByRole('button', { name: 'Sauvegardes', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Sauvegardes', level: 1 }).isVisible()).toBe(true);
    const list = page.getByRole('table', { name: 'Sauvegardes, de la plus récente à la plus ancienne' });
    await expect.poll(() => list.getByRole('row').count()).toBe(2);
    expect(await list.getByRole('row').nth(1).textContent()).toContain('quotidienne');
    await page.getByRole('button', { name: 'Voir le contenu de la sauvegarde du 24 novembre 2026 à 10:00' }).click();
    const sessions = page.getByRole('table', { name: 'Séances contenues' });
    await expect.poll(() => sessions.isVisible()).toBe(true);
    expect(await sessions.getByRole('row').nth(1).textContent()).toBe('CP16 octobre 202316 actes');
    expect(await page.locator('.backup-preview').textContent()).toContain('sauvegarde intacte');
    await screenshot(page, 'sauvegardes.png', { fullPage: true });
  });

  it('restores it after a confirmation: the change is gone, the state before is kept as a backup', async () => {
    expect(actsOfDemo()).toBe(17);
    const sidebar = page.getByRole('navigation', { name: 'Registre' });
    expect(await sidebar.getByRole('button', { name: /^16 oct\. · CP/ }).textContent()).toBe('16 oct. · CP 17 actes');
    await page.getByRole('searchbox', { name: 'Rechercher un acte' }).fill('G99');
    await expect.poll(() => sidebar.getByRole('status').textContent()).toContain('ACTE EN PRÉPARATION');
    await page.getByRole('button', { name: 'Restaurer cette sauvegarde…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restaurer cette sauvegarde ?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain("L'état actuel du registre est d'abord sauvegardé");
    // Échap closes without restoring; the keyboard reaches the action too.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(actsOfDemo()).toBe(17);
    await page.getByRole('button', { name: 'Restaurer cette sauvegarde…' }).click();
    await dialog.getByRole('button', { name: 'Restaurer' }).click();
    // The screen's first live region is the « Sauvegarder maintenant » one: the restoration answers in its own.
    const restored = page.getByRole('status').filter({ hasText: 'restaurée' });
    await expect.poll(() => restored.count()).toBe(1);
    expect(await restored.textContent()).toContain('Sauvegarde du 24 novembre 2026 à 10:00 restaurée');
    expect(await restored.textContent()).toContain('registre-20261124-090000-avant-restauration.sqlite');
    // The host's own connection reads the restored register.
    expect(actsOfDemo()).toBe(16);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const list = page.getByRole('table', { name: 'Sauvegardes, de la plus récente à la plus ancienne' });
    await expect.poll(() => list.getByRole('row').count()).toBe(3);
    // Still on Sauvegardes, the sidebar lists the restored register's séances and searches in it.
    await expect.poll(() => sidebar.getByRole('button', { name: /^16 oct\. · CP/ }).textContent()).toBe('16 oct. · CP 16 actes');
    await expect.poll(() => sidebar.getByRole('status').textContent()).toBe('Aucun acte trouvé.');
    await page.getByRole('searchbox', { name: 'Rechercher un acte' }).fill('');
    await page.getByRole('button', { name: 'Séances', exact: true }).click();
    await page.getByRole('button', { name: '16 octobre 2023' }).click();
    await page.getByRole('tab', { name: 'Ordre du jour' }).click();
    await expect.poll(() => page.getByRole('button', { name: "Ouvrir l'acte G25" }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: "Ouvrir l'acte G99" }).count()).toBe(0);
  });
});
