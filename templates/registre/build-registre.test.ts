import { describe, expect, it } from 'vitest';
import { createDocument, pageBreak, paragraph } from '../model';
import { pdfText } from '../testing/extract-text';
import { buildRegistre, registreTemplates } from './build-registre';

const meta = { title: 'Registre', author: 'Département du Var', subject: 'essai', createdAt: '2023-12-31T08:00:00Z' };
const extract = (number: string, pages: number) =>
  createDocument({ meta, blocks: [paragraph(`N° : ${number}`), ...Array.from({ length: pages - 1 }, () => [pageBreak(), paragraph('suite')]).flat()] });
const session = (date: string, longDate: string, numbers: [string, number][]) => ({
  date,
  longDate,
  president: 'Monsieur Jean-Louis MASSON',
  presidentQuality: 'Président du Conseil départemental',
  acts: numbers.map(([number, pages]) => ({ number, title: `OBJET ${number}`, extract: () => extract(number, pages) })),
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
    const HEADER = 'Département du Var — Commission permanente du Conseil départemental du Var — séance du ';
    const OCTOBER = `${HEADER}16 octobre 2023`;
    const progress: [number, number][] = [];
    const built = await buildRegistre({ ...input, onSession: (index, pages) => progress.push([index, pages]) }, registreTemplates());
    expect(built.entries.map((e) => `${e.date} ${e.number} ${e.page}`)).toEqual(['2023-10-16 G1 2', '2023-10-16 G2 4', '2023-11-20 G1 6']);
    // Progress is told once per séance, when its closing page is written.
    expect(progress).toEqual([[0, 5], [1, 7]]);
    const pages = (await pdfText(built.bytes, { raw: true })).split('\f').map((p) => p.replace(/\s+/g, ' ').trim());
    expect(pages.slice(0, 7)).toEqual([
      'Département du Var REGISTRE DES DÉLIBÉRATIONS Commission permanente du Conseil départemental du Var Année 2023 2 séances, 3 délibérations',
      // Each sheet of a session carries the collectivity's name and the session date.
      `N° : G1 ${OCTOBER} Page 2 / 9`,
      `suite ${OCTOBER} Page 3 / 9`,
      `N° : G2 ${OCTOBER} Page 4 / 9`,
      'Clôture de la séance du 16 octobre 2023 La séance du 16 octobre 2023 de la Commission permanente du Conseil départemental du Var a donné lieu à 2 délibérations, ' +
        'inscrites au présent registre dans l\'ordre de leurs numéros : G1 — OBJET G1 G2 — OBJET G2 Le président de séance, Monsieur Jean-Louis MASSON Président du Conseil départemental ' +
        `${OCTOBER} Page 5 / 9`,
      `N° : G1 ${HEADER}20 novembre 2023 Page 6 / 9`,
      expect.stringContaining('a donné lieu à 1 délibération, inscrites'),
    ]);
    expect(pages.slice(7, 9)).toEqual([
      'TABLE CHRONOLOGIQUE DES DÉLIBÉRATIONS Commission permanente du Conseil départemental du Var — Année 2023 Séance N° OBJET Page ' +
        '16/10/2023 G1 OBJET G1 2 16/10/2023 G2 OBJET G2 4 20/11/2023 G1 OBJET G1 6 Page 8 / 9',
      'TABLE DES DÉLIBÉRATIONS PAR MATIÈRE Commission permanente du Conseil départemental du Var — Année 2023 Sans matière Séance N° OBJET Page ' +
        '16/10/2023 G1 OBJET G1 2 16/10/2023 G2 OBJET G2 4 20/11/2023 G1 OBJET G1 6 Page 9 / 9',
    ]);
  });

  it('groups the table by matière in code order (7.9 before 7.10), « Sans matière » last', async () => {
    const withSubjects = {
      ...input,
      sessions: [
        {
          ...input.sessions[0]!,
          acts: [
            { ...input.sessions[0]!.acts[0]!, subject: { code: '7.10', label: 'Divers' } },
            { ...input.sessions[0]!.acts[1]!, subject: { code: '7.9', label: 'Prises de participation' } },
          ],
        },
        { ...input.sessions[1]!, acts: [{ ...input.sessions[1]!.acts[0]!, subject: { code: '7.10', label: 'Divers' } }] },
        session('2023-12-18', '18 décembre 2023', [['G1', 1]]),
      ],
    };
    const built = await buildRegistre(withSubjects, registreTemplates());
    expect(built.subjects.map((g) => `${g.heading}: ${g.entries.map((e) => `${e.date} ${e.number} p.${e.page}`).join(', ')}`)).toEqual([
      '7.9 — Prises de participation: 2023-10-16 G2 p.4',
      '7.10 — Divers: 2023-10-16 G1 p.2, 2023-11-20 G1 p.6',
      'Sans matière: 2023-12-18 G1 p.8',
    ]);
    const last = (await pdfText(built.bytes, { raw: true, firstPage: built.pageCount, lastPage: built.pageCount })).replace(/\s+/g, ' ');
    expect(last).toContain(
      '7.9 — Prises de participation Séance N° OBJET Page 16/10/2023 G2 OBJET G2 4 ' +
        '7.10 — Divers Séance N° OBJET Page 16/10/2023 G1 OBJET G1 2 20/11/2023 G1 OBJET G1 6 ' +
        'Sans matière Séance N° OBJET Page 18/12/2023 G1 OBJET G1 8',
    );
  });

  it('points every line of both tables, over several pages, to the page where its act starts', async () => {
    // Four séances of 20 acts of one to three pages: each table runs over several pages.
    const months = ['janvier', 'mars', 'juin', 'octobre'];
    const sessions = months.map((month, m) => {
      const day = `2023-${String([1, 3, 6, 10][m]).padStart(2, '0')}-16`;
      return {
        ...session(day, `16 ${month} 2023`, Array.from({ length: 20 }, (_, i): [string, number] => [`G${i + 1}`, 1 + ((i + m) % 3)])),
        acts: Array.from({ length: 20 }, (_, i) => ({
          number: `G${i + 1}`,
          title: `OBJET ${month} G${i + 1}`,
          extract: () => extract(`${month} G${i + 1}`, 1 + ((i + m) % 3)),
          subject: i % 4 === 0 ? null : { code: `7.${i % 4}`, label: `Matière ${i % 4}` },
        })),
      };
    });
    const built = await buildRegistre({ ...input, sessions }, registreTemplates());
    const pages = (await pdfText(built.bytes, { raw: true })).split('\f').map((p) => p.replace(/\s+/g, ' ').trim());
    expect(pages.length - 1).toBe(built.pageCount); // the text ends with a form feed
    const chrono = pages.findIndex((p) => p.startsWith('TABLE CHRONOLOGIQUE'));
    const bySubject = pages.findIndex((p) => p.startsWith('TABLE DES DÉLIBÉRATIONS PAR MATIÈRE'));
    expect(bySubject - chrono).toBeGreaterThan(1);
    expect(built.pageCount - bySubject).toBeGreaterThan(1);
    const rows = (from: number, to: number) => [...pages.slice(from, to).join(' ').matchAll(/\d\d\/\d\d\/2023 G\d+ OBJET (\p{L}+) (G\d+) (\d+)/gu)];
    for (const [from, to] of [[chrono, bySubject], [bySubject, built.pageCount]] as const) {
      const printed = rows(from, to);
      expect(printed).toHaveLength(80);
      for (const [, month, number, page] of printed) {
        // The page named is the one where the act's « N° : » is printed, and it is not printed before.
        expect(pages[Number(page) - 1]).toContain(`N° : ${month} ${number} `);
        expect(pages[Number(page) - 2]).not.toContain(`N° : ${month} ${number} `);
      }
    }
    expect(pages.at(-2)).toContain(`Page ${built.pageCount} / ${built.pageCount}`);
  });

  it('fills an edited closing template and refuses an unknown field', async () => {
    const built = await buildRegistre(input, registreTemplates({ 'registre-cloture': '@paragraphe\nFin de la séance du {séance.date_longue}' }));
    expect((await pdfText(built.bytes, { raw: true, firstPage: 5, lastPage: 5 })).split('\n')[0]).toBe('Fin de la séance du 16 octobre 2023');
    expect(() => registreTemplates({ 'registre-table-matieres-groupe': '@paragraphe\n{acte.objet}' })).toThrow(/Modèle « registre-table-matieres-groupe », ligne 1 : champ inconnu/);
    expect(() => registreTemplates({ 'registre-couverture': '@paragraphe\n{acte.objet}' })).toThrow(/Modèle « registre-couverture », ligne 1 : champ inconnu \{acte\.objet\}/);
  });
});
