import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import demoSubjects from '../../../reference/ctes-matieres-2023-10-16.json' with { type: 'json' };
import { pdfText } from '../../../templates/testing/extract-text';
import { checkPdfA, pdfLinks } from '../../../templates/testing/pdfa-check';
import type { Db } from '../../db/open';
import { referenceRegister, referenceSession, type tempRegister, type ReferenceSession } from '../../testing/temp-register';
import { assignSubjects } from '../ctes/legality';
import { renderRegistre } from './registre';
import { importSession } from '../sessions/session-import';

const now = new Date('2023-12-31T08:00:00Z');
const page = async (bytes: Uint8Array, n: number) => pdfText(bytes, { raw: true, firstPage: n, lastPage: n });

/** A second séance of 2023 with two of the reference acts, renumbered, without recueil. */
function novemberSession(): ReferenceSession {
  const reference = referenceSession();
  const acts = reference.acts.slice(0, 2).map((act, i) => {
    const internalId = `lmc${190000 + i}`;
    return {
      ...act,
      number: `G${i + 1}`,
      internalId,
      technicalReference: (act.technicalReference as string).replace(act.internalId as string, internalId).replace('20231016', '20231120'),
      technicalReferenceParts: { ...(act.technicalReferenceParts as object), internalId, internalNumber: 190000 + i, decisionDate: '2023-11-20' },
      legalityReceptionDate: '2023-11-22',
      executoryDate: '2023-11-24',
      onlineDate: '2023-11-24',
    };
  });
  const copy: ReferenceSession = { ...reference, session: { ...reference.session, date: '2023-11-20' }, acts };
  delete copy.recueil; // its number is the October séance's
  return copy;
}

describe('renderRegistre', () => {
  let register: ReturnType<typeof tempRegister>;
  let db: Db;
  beforeEach(() => {
    register = referenceRegister();
    db = register.db;
  });
  afterEach(() => register.cleanup());

  it("holds every délibération of the year's séances in date then number order, each closed by its list", async () => {
    importSession(db, novemberSession());
    const { bytes, pageCount, entries } = await renderRegistre(db, { body: 'CP', year: 2023, now });
    expect(entries.map((e) => `${e.date} ${e.number}`)).toEqual([
      ...['G1', 'G2', 'G3', 'G4', 'G6', 'G7', 'G8', 'G11', 'G12', 'G20', 'G22', 'G23', 'G24', 'G25', 'G26', 'G28'].map((n) => `2023-10-16 ${n}`),
      '2023-11-20 G1',
      '2023-11-20 G2',
    ]);
    expect((await page(bytes, 1)).replace(/\s+/g, ' ').trim()).toBe(
      'Département du Var REGISTRE DES DÉLIBÉRATIONS Commission permanente du Conseil départemental du Var Année 2023 2 séances, 18 délibérations',
    );
    let previous = 1;
    for (const e of entries) {
      expect(e.page).toBeGreaterThan(previous);
      const text = await page(bytes, e.page);
      expect(text).toContain(`N° : ${e.number}\n`);
      expect(text).toContain(`Séance du ${e.date === '2023-10-16' ? '16 octobre 2023' : '20 novembre 2023'}`);
      expect(text).toContain(`Page ${e.page} / ${pageCount}`);
      previous = e.page;
    }
    // The October séance is closed after G28, before the November séance starts.
    const closing = (await pdfText(bytes, { raw: true, firstPage: entries[15]!.page + 1, lastPage: entries[16]!.page - 1 })).replace(/\s+/g, ' ');
    expect(closing).toContain('Clôture de la séance du 16 octobre 2023');
    expect(closing).toContain('a donné lieu à 16 délibérations, inscrites au présent registre');
    expect(closing).toContain('G28 — CESSION AU PROFIT DE');
    expect(closing).not.toContain('N° : G');
    const tablesStart = (await pdfText(bytes, { raw: true })).split('\f').findIndex((p) => p.startsWith('TABLE CHRONOLOGIQUE DES DÉLIBÉRATIONS\n')) + 1;
    expect(tablesStart).toBeGreaterThan(entries[17]!.page);
    const last = (await page(bytes, tablesStart - 1)).replace(/\s+/g, ' ');
    expect(last).toContain('Clôture de la séance du 20 novembre 2023');
    expect(last).toContain('G2 — SORTIE D\'INVENTAIRE');
    expect(last).toContain('Le président de séance, Monsieur Jean-Louis MASSON Président du Conseil départemental');
  });

  it('ends with the table by date and the table by matière, whose pages are where each act starts', async () => {
    importSession(db, novemberSession());
    assignSubjects(db, 'CP', '2023-10-16', demoSubjects.subjects);
    assignSubjects(db, 'CP', '2023-11-20', { G1: '7.3' });
    const { bytes, pageCount, entries, subjects } = await renderRegistre(db, { body: 'CP', year: 2023, now });
    const pages = (await pdfText(bytes, { raw: true })).split('\f').slice(0, pageCount);
    const chronoStart = pages.findIndex((p) => p.startsWith('TABLE CHRONOLOGIQUE DES DÉLIBÉRATIONS\n'));
    const subjectStart = pages.findIndex((p) => p.startsWith('TABLE DES DÉLIBÉRATIONS PAR MATIÈRE\n'));
    expect(chronoStart).toBeGreaterThan(entries[17]!.page - 1);
    expect(subjectStart).toBeGreaterThan(chronoStart);
    // Rows as printed: « date N° OBJET page », OBJET possibly over several lines; page footers and headers left out.
    const rowsOf = (text: string) =>
      [...text.replace(/Page \d+ \/ \d+/g, ' ').replace(/\s+/g, ' ').matchAll(/(\d{2}\/\d{2}\/\d{4}) (G\d+) (.+?) (\d+)(?= \d{2}\/\d{2}\/\d{4}| \d+\.\d+ — | Sans matière| *$)/g)].map(
        (m) => ({ date: m[1]!, number: m[2]!, title: m[3]!, page: Number(m[4]) }),
      );
    const chrono = rowsOf(pages.slice(chronoStart, subjectStart).join('\n'));
    const bySubject = rowsOf(pages.slice(subjectStart).join('\n'));
    const key = (r: { date: string; number: string }) => `${r.date.slice(0, 10)} ${r.number}`;
    const iso = (d: string) => `${d.slice(6)}-${d.slice(3, 5)}-${d.slice(0, 2)}`;
    // Every act of the year in both tables, the chronological one in date then number order.
    expect(chrono.map((r) => `${iso(r.date)} ${r.number}`)).toEqual(entries.map(key));
    expect(bySubject.map((r) => `${iso(r.date)} ${r.number}`).sort()).toEqual(entries.map(key).sort());
    // The page each table names is the page where « N° : G… » of that act is printed.
    for (const r of [...chrono, ...bySubject]) {
      const text = await page(bytes, r.page);
      expect(text).toContain(`N° : ${r.number}\n`);
      expect(text).toContain(`Séance du ${r.date === '16/10/2023' ? '16 octobre 2023' : '20 novembre 2023'}`);
    }
    expect(chrono.find((r) => r.number === 'G28')?.title).toContain('CESSION AU PROFIT DE');
    // The demo matières, in code order; the November G2 has none.
    expect(subjects.map((g) => `${g.heading}: ${g.entries.map((e) => `${e.date.slice(5)} ${e.number}`).join(' ')}`)).toEqual([
      '1.1 — Marchés publics: 10-16 G3 10-16 G4',
      '3.2 — Aliénations: 10-16 G28',
      '3.3 — Locations: 10-16 G1',
      '3.6 — Autres actes de gestion du domaine privé: 10-16 G2',
      '7.1 — Décisions budgétaires: 10-16 G6',
      '7.3 — Emprunts: 10-16 G22 10-16 G23 10-16 G24 10-16 G25 11-20 G1',
      '7.5 — Subventions: 10-16 G12',
      '8.1 — Enseignement: 10-16 G7 10-16 G8',
      '8.2 — Aide sociale: 10-16 G11',
      '8.3 — Voirie: 10-16 G26',
      '8.5 — Politique de la ville-habitat-logement: 10-16 G20',
      'Sans matière: 11-20 G2',
    ]);
    // A tagged PDF/A-2: a bookmark per séance, per act and per table; every table line opens its act's page.
    expect(await checkPdfA(bytes)).toEqual({ problems: [], bookmarks: 2 + entries.length + 2, claim: '2A' });
    const targets = (await pdfLinks(bytes)).map((link) => link.target);
    expect(targets).toEqual([...entries, ...subjects.flatMap((g) => g.entries)].flatMap((e) => [e.page, e.page, e.page, e.page]));
    const subjectText = pages.slice(subjectStart).join(' ').replace(/\s+/g, ' ');
    let at = 0;
    for (const g of subjects) {
      const found = subjectText.indexOf(`${g.heading} Séance N° OBJET Page`, at);
      expect(found, g.heading).toBeGreaterThan(at - 1);
      at = found;
    }
  });

  it('gives the same bytes twice', async () => {
    const a = await renderRegistre(db, { body: 'CP', year: 2023, now });
    const b = await renderRegistre(db, { body: 'CP', year: 2023, now });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('refuses, in French, a year or a body without délibération', async () => {
    await expect(renderRegistre(db, { body: 'CP', year: 2022, now })).rejects.toThrow("année : aucune délibération de l'organe CP en 2022 dans ce registre.");
    await expect(renderRegistre(db, { body: 'CD', year: 2023, now })).rejects.toThrow("année : aucune délibération de l'organe CD en 2023 dans ce registre.");
  });
});
