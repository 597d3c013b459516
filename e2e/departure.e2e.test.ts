import { describe, expect, it } from 'vitest';
import { callValue } from '../electron/testing/contract-call';
import { appForFile, chooseOption } from './harness';

/*
 * A member who leaves the séance before an act is out of that act and of every later one: one
 * change on the Présences tab, not one per act (found by the secretary's tryout, where forgetting
 * one act printed a wrong Présents list).
 */

const now = new Date('2026-11-24T09:00:00Z');
const app = appForFile(now);
const session = { body: 'CP', date: '2026-11-23' } as const;

describe('a departure during the séance, on the Présences tab', () => {
  it('marks the member absent, with his procuration, from the act he leaves before to the last one', async () => {
    const { db, page, host } = app();
    const members = await callValue(db, 'members:in-office', session, now);
    const id = (name: string) => members.find((m) => m.name === name)?.id ?? Number.NaN;
    await callValue(db, 'session:create', { ...session, time: '10:00', place: 'Toulon', presidentId: id('M. Jean-Louis MASSON') }, now);
    for (const object of ['Premier dossier', 'Deuxième dossier', 'Troisième dossier']) await callValue(db, 'act:create', { ...session, object }, now);

    await page.goto(`${host.url}#/seance/CP/2026-11-23/presences`);
    await chooseOption(page, / Acte$/, /^G2 —/);
    await chooseOption(page, / Élu$/, 'M. Bruno AYCARD');
    await chooseOption(page, / Pour cet acte$/, 'absent pour cet acte (sort de la salle)');
    await chooseOption(page, /Procuration à$/, 'M. Marc LAURIOL');
    await page.getByText("Et l'acte suivant (G3)").click();
    await page.getByRole('button', { name: 'Appliquer de G2 à G3' }).click();
    await expect.poll(() => page.locator('.act-panel .indicator').textContent()).toContain('Acte G2 : quorum atteint (45 + 1 ≥ 24)');

    const rows = db
      .prepare(
        `SELECT a.number, aa.status, aa.holder_id AS holder FROM act_attendance aa JOIN acts a ON a.id = aa.act_id
         JOIN sessions s ON s.id = a.session_id WHERE s.date = ? AND aa.member_id = ? ORDER BY a.number`,
      )
      .all(session.date, id('M. Bruno AYCARD'));
    expect(rows).toEqual([
      { number: 2, status: 'absent', holder: id('M. Marc LAURIOL') },
      { number: 3, status: 'absent', holder: id('M. Marc LAURIOL') },
    ]);
    await chooseOption(page, / Acte$/, /^G3 —/);
    await expect.poll(() => page.locator('.act-panel table').textContent()).toContain('M. Bruno AYCARD');
    expect(await page.locator('.act-panel .indicator').textContent()).toContain('Acte G3 : quorum atteint (45 + 1 ≥ 24)');
  });
});
