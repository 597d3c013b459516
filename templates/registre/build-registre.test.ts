import { describe, expect, it } from 'vitest';
import { createDocument, pageBreak, paragraph } from '../model';
import { pdfText } from '../render/extract-text';
import { buildRegistre, loadRegistreTemplates } from './build-registre';

const meta = { title: 'Registre', author: 'Département du Var', subject: 'essai', createdAt: '2023-12-31T08:00:00Z' };
const extract = (number: string, pages: number) =>
  createDocument({ meta, blocks: [paragraph(`N° : ${number}`), ...Array.from({ length: pages - 1 }, () => [pageBreak(), paragraph('suite')]).flat()] });
const session = (date: string, longDate: string, numbers: [string, number][]) => ({
  date,
  longDate,
  president: 'Monsieur Jean-Louis MASSON',
  presidentQuality: 'Président du Conseil départemental',
  acts: numbers.map(([number, pages]) => ({ number, title: `OBJET ${number}`, extract: extract(number, pages) })),
});
const input = {
  collectivityName: 'Département du Var',
  bodyName: 'Commission permanente du Conseil départemental du Var',
  year: 2023,
  sessions: [session('2023-10-16', '16 octobre 2023', [['G1', 2], ['G2', 1]]), session('2023-11-20', '20 novembre 2023', [['G1', 1]])],
  meta,
};

describe('buildRegistre', () => {
  it('places each séance’s extracts, then its closing page, and reports where each act starts', async () => {
    const built = await buildRegistre(input, loadRegistreTemplates());
    expect(built.entries.map((e) => `${e.date} ${e.number} ${e.page}`)).toEqual(['2023-10-16 G1 2', '2023-10-16 G2 4', '2023-11-20 G1 6']);
    const pages = (await pdfText(built.bytes, { raw: true })).split('\f').map((p) => p.replace(/\s+/g, ' ').trim());
    expect(pages.slice(0, 7)).toEqual([
      'Département du Var REGISTRE DES DÉLIBÉRATIONS Commission permanente du Conseil départemental du Var Année 2023 2 séances, 3 délibérations',
      'N° : G1 Page 2 / 7',
      'suite Page 3 / 7',
      'N° : G2 Page 4 / 7',
      'Clôture de la séance du 16 octobre 2023 La séance du 16 octobre 2023 de la Commission permanente du Conseil départemental du Var a donné lieu à 2 délibérations, ' +
        'inscrites au présent registre dans l\'ordre de leurs numéros : G1 — OBJET G1 G2 — OBJET G2 Le président de séance, Monsieur Jean-Louis MASSON Président du Conseil départemental Page 5 / 7',
      'N° : G1 Page 6 / 7',
      expect.stringContaining('a donné lieu à 1 délibération, inscrites'),
    ]);
  });

  it('fills an edited closing template and refuses an unknown field', async () => {
    const built = await buildRegistre(input, loadRegistreTemplates({ closing: '@paragraphe\nFin de la séance du {séance.date_longue}' }));
    expect((await pdfText(built.bytes, { raw: true, firstPage: 5, lastPage: 5 })).split('\n')[0]).toBe('Fin de la séance du 16 octobre 2023');
    expect(() => loadRegistreTemplates({ cover: '@paragraphe\n{acte.objet}' })).toThrow(/Modèle « registre\/couverture », ligne 1 : champ inconnu \{acte\.objet\}/);
  });
});
