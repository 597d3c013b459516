import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfText } from '../../../templates/testing/extract-text';
import { checkPdfA } from '../../../templates/testing/pdfa-check';
import type { Db } from '../../db/open';
import { referenceRegister, referenceSession, type tempRegister } from '../../testing/temp-register';
import { renderListeDeliberations } from './liste-deliberations';

const now = new Date('2023-10-20T08:00:00Z');
const NUMBERS = ['G1', 'G2', 'G3', 'G4', 'G6', 'G7', 'G8', 'G11', 'G12', 'G20', 'G22', 'G23', 'G24', 'G25', 'G26', 'G28'];

describe('renderListeDeliberations', () => {
  let register: ReturnType<typeof tempRegister>;
  let db: Db;
  beforeEach(() => {
    register = referenceRegister();
    db = register.db;
  });
  afterEach(() => register.cleanup());

  it('lists the 16 acts of the reference séance in number order, each with its OBJET and outcome', async () => {
    const { bytes, acts } = await renderListeDeliberations(db, { body: 'CP', date: '2023-10-16', now });
    expect(acts.map((a) => a.number)).toEqual(NUMBERS);
    const text = (await pdfText(bytes, { raw: true })).replace(/Page \d+ \/ \d+/g, ' ').replace(/\s+/g, ' ');
    expect(text).toMatch(
      /^Département du Var LISTE DES DÉLIBÉRATIONS Commission permanente du Conseil départemental du Var Séance du 16 octobre 2023 à 11h00 \S.* 16 délibérations N° OBJET Résultat G1 /,
    );
    // Each row: the number, then its OBJET as in the register, then the outcome; rows in number order.
    const reference = referenceSession().acts;
    let at = 0;
    for (const n of NUMBERS) {
      const object = String(reference.find((a) => a.number === n)!.object).replace(/\s+/g, ' ').trim();
      const row = `${n} ${object} Adopté à l'unanimité.`;
      const found = text.indexOf(row, at);
      expect(found, n).toBeGreaterThan(at - 1);
      at = found + row.length;
    }
    expect(text.match(/Adopté à l'unanimité\./g)).toHaveLength(16);
    expect(text).toContain('Liste publiée le 20 octobre 2023, en application de l\'article L3121-13');
    expect(await checkPdfA(bytes)).toEqual({ problems: [], bookmarks: 0, claim: '2A' });
  });

  it('gives the same bytes twice', async () => {
    const a = await renderListeDeliberations(db, { body: 'CP', date: '2023-10-16', now });
    const b = await renderListeDeliberations(db, { body: 'CP', date: '2023-10-16', now });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('refuses, in French, an unknown séance or a malformed date', async () => {
    await expect(renderListeDeliberations(db, { body: 'CP', date: '2023-10-17', now })).rejects.toThrow('Aucune séance CP le 17 octobre 2023 dans ce registre.');
    await expect(renderListeDeliberations(db, { body: 'CD', date: '2023-10-16', now })).rejects.toThrow('Aucune séance CD le 16 octobre 2023 dans ce registre.');
    await expect(renderListeDeliberations(db, { body: 'CP', date: '16/10/2023', now })).rejects.toThrow('Date « 16/10/2023 » invalide : format attendu AAAA-MM-JJ, par exemple 2023-10-16.');
  });
});
