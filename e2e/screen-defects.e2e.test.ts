import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2eApp } from './harness';
import { startApp, E2E_SETUP_TIMEOUT } from './harness';

// The defects a secretary met trying the app (notes/try-report.md), each on the screen she met it on.
let app: E2eApp;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
}, E2E_SETUP_TIMEOUT);
afterAll(async () => {
  await app?.close();
});

const subjectOfG1 = () =>
  app.db.prepare("SELECT a.subject_code FROM acts a JOIN sessions s ON s.id = a.session_id WHERE s.date = '2024-01-15' AND a.number = 1").pluck().get();

describe('screen defects found trying the app', () => {
  it('opens a new act of a new session', async () => {
    await page.goto(app.host.url);
    await page.getByLabel('Date').fill('2024-01-15');
    await page.getByLabel('Lieu').fill('Hôtel du Département, Toulon');
    await expect.poll(() => page.getByRole('button', { name: /Président de séance/ }).textContent()).toContain('M. Jean-Louis MASSON');
    await page.getByRole('button', { name: 'Créer la séance' }).click();
    await page.getByRole('tab', { name: 'Ordre du jour' }).click();
    await page.getByLabel('Objet du nouvel acte').fill('Aide aux collèges');
    await page.getByRole('button', { name: "Ajouter à l'ordre du jour" }).click();
    await page.getByRole('button', { name: "Ouvrir l'acte G1" }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'N° G1' }).isVisible()).toBe(true);
  });

  it('D5: the matière search keeps only what matches, so ↓ Entrée saves the matière typed, and Échap saves nothing', async () => {
    const field = page.getByRole('combobox', { name: /Matière/ });
    await field.click();
    await field.pressSequentially('enseignement');
    await expect.poll(() => page.getByRole('option').allTextContents()).toEqual(['8.1 Domaines de compétences par thèmes – Enseignement']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(subjectOfG1).toBe('8.1');
    await field.selectText();
    await field.pressSequentially('7.3');
    await expect.poll(async () => (await page.getByRole('option').allTextContents()).every((o) => o.startsWith('7.3'))).toBe(true);
    expect(await page.getByRole('option').count()).toBeGreaterThan(0);
    await field.selectText();
    await field.pressSequentially('emprunt');
    await expect.poll(() => page.getByRole('option').allTextContents()).toContain('7.3 Finances locales – Emprunts');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await field.inputValue()).toBe('8.1 Domaines de compétences par thèmes – Enseignement');
    expect(subjectOfG1()).toBe('8.1');
  });
});
