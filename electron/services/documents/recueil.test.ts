import { PDF, type PdfArray, type PdfDict, type PdfNumber, type PdfObject, type PdfRef } from '@libpdf/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/domain/errors';
import { pdfText } from '../../../templates/testing/extract-text';
import { checkPdfA, pdfLinks } from '../../../templates/testing/pdfa-check';
import type { Db } from '../../db/open';
import { referenceRegister, referenceSession, tempRegister } from '../../testing/temp-register';
import { addAnnex } from '../editing/act-annexes';
import { renderRecueil } from './recueil';
import { loadDemo } from '../register/register-file';
import { makeAnnexPdf } from '../../testing/annex-pdf';
import { onPostgres } from '../../testing/engine';

const now = new Date('2023-10-20T08:00:00Z');
const args = { body: 'CP' as const, date: '2023-10-16', now };
const page = async (bytes: Uint8Array, n: number) => pdfText(bytes, { raw: true, firstPage: n, lastPage: n });

describe('renderRecueil', () => {
  let register: ReturnType<typeof tempRegister>;
  let db: Db;
  beforeEach(() => {
    register = referenceRegister();
    db = register.db;
  });
  afterEach(() => register.cleanup());

  it('lists all 16 acts of the séance in number order, with their OBJET as title', async () => {
    const { sommaire } = await renderRecueil(db, args);
    const reference = referenceSession().acts as unknown as { number: string; object: string }[];
    expect(sommaire.map((e) => e.number)).toEqual(['G1', 'G2', 'G3', 'G4', 'G6', 'G7', 'G8', 'G11', 'G12', 'G20', 'G22', 'G23', 'G24', 'G25', 'G26', 'G28']);
    expect(sommaire.map((e) => e.title)).toEqual(reference.map((a) => a.object));
  });

  it("prints, for every act, the page where its « N° : » appears, and not the page before", async () => {
    const { bytes, pageCount, sommaire } = await renderRecueil(db, args);
    const sommaireText = (await page(bytes, 2)).replace(/\n/g, ' ');
    let previous = 2;
    for (const entry of sommaire) {
      expect(entry.page).toBeGreaterThan(previous);
      expect(entry.page).toBeLessThan(pageCount);
      expect(await page(bytes, entry.page)).toContain(`N° : ${entry.number}\n`);
      expect(await page(bytes, entry.page - 1)).not.toContain(`N° : ${entry.number}\n`);
      // The printed sommaire carries the same page, right after the act's title.
      expect(sommaireText).toContain(`${entry.number} `);
      expect(sommaireText).toMatch(new RegExp(`${entry.title.slice(-12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')}\\s${entry.page}\\b`));
      expect(await page(bytes, entry.page)).toContain(`Page ${entry.page} / ${pageCount}`);
      previous = entry.page;
    }
  });

  it('is a tagged PDF/A-2 with a bookmark per act and a sommaire whose lines open their acts', async () => {
    const { bytes, sommaire } = await renderRecueil(db, args);
    expect(await checkPdfA(bytes)).toEqual({ problems: [], bookmarks: 1 + sommaire.length, claim: '2A' });
    // Two cells a line (OBJET, page), each a link to the page where the act starts.
    const links = await pdfLinks(bytes);
    expect(links.every((link) => link.page === 2)).toBe(true);
    expect(links.map((link) => link.target)).toEqual(sommaire.flatMap((e) => [e.page, e.page]));
  });

  it('opens with the cover of the published recueil and ends with its back cover', async () => {
    const { bytes, pageCount } = await renderRecueil(db, args);
    expect((await page(bytes, 1)).trim().split('\n')).toEqual([
      'ACTES ADMINISTRATIFS DU DÉPARTEMENT DU VAR',
      'Année 2023 - n° 59',
      'Publication parue',
      'le 20 octobre 2023',
      'LE DÉPARTEMENT',
      'Commission permanente',
      'DÉLIBÉRATIONS',
      'Séance du 16 octobre 2023',
    ]);
    expect((await page(bytes, 2)).split('\n')[0]).toBe('SOMMAIRE');
    expect((await page(bytes, pageCount)).trim().split('\n')).toEqual([
      'PARTOUT, POUR TOUS,',
      'LE VAR ACTEUR DE VOTRE QUOTIDIEN',
      '390, avenue des lices • CS 41303 • 83076 Toulon cedex',
    ]);
  });

  it('gives the same bytes twice for the same register and date', async () => {
    const first = await renderRecueil(db, args);
    const second = await renderRecueil(db, args);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it('prints the annexes an act is given after its extract, shifting the next acts', async () => {
    const plain = await renderRecueil(db, args);
    const { createDocument, paragraph, pageBreak } = await import('../../../templates/model');
    const annex = createDocument({
      meta: { title: 'Convention', author: 'x', subject: 'x', createdAt: now.toISOString() },
      blocks: [paragraph('CONVENTION ANNEXE À G1'), pageBreak(), paragraph('suite de la convention')],
    });
    const withAnnex = await renderRecueil(db, { ...args, annexesOf: ({ act }) => (act.number === 1 ? [annex] : []) });
    const g1 = withAnnex.sommaire[0]!.page;
    const g2 = withAnnex.sommaire[1]!.page;
    expect(g2).toBe(plain.sommaire[1]!.page + 2);
    expect(await page(withAnnex.bytes, g2 - 2)).toContain('CONVENTION ANNEXE À G1');
    expect(g1).toBe(plain.sommaire[0]!.page);
  });

  it('prints an attached PDF after its act on numbered pages of the recueil, named in the sommaire and the bookmarks', async () => {
    db.exec(`INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 99, 'ACTE EN PRÉPARATION', '{"kind":"unanimity"}')`);
    const plain = await renderRecueil(db, args);
    await addAnnex(db, { body: 'CP', date: '2023-10-16', act: 'G99', title: 'Plan', pieceType: null, fileName: 'plan.pdf', bytes: await makeAnnexPdf(2, 'Plan') });
    const withFile = await renderRecueil(db, args);
    const g99 = withFile.sommaire.find((e) => e.number === 'G99')!;
    expect(withFile.pageCount).toBe(plain.pageCount + 2);
    expect(g99.page).toBe(plain.sommaire.find((e) => e.number === 'G99')!.page);
    // The back cover follows the two pages of the attached PDF, each numbered in the recueil's sequence.
    const first = await page(withFile.bytes, withFile.pageCount - 2);
    const second = await page(withFile.bytes, withFile.pageCount - 1);
    expect(first).toContain('Plan — page 1');
    expect(second).toContain('Plan — page 2');
    expect(second).toMatch(new RegExp(`\\b${withFile.pageCount - 1}\\b`));
    expect(await page(withFile.bytes, g99.page)).toContain('N° : G99');
    // Under its act, the sommaire names the annex and the page where it starts, a link to it.
    expect((await page(withFile.bytes, 2)).replace(/\s+/g, ' ')).toContain(`G99 ACTE EN PRÉPARATION ${g99.page} Annexe à G99 : Plan ${withFile.pageCount - 2} `);
    expect((await pdfLinks(withFile.bytes)).slice(-2)).toEqual([
      { page: 2, target: withFile.pageCount - 2 },
      { page: 2, target: withFile.pageCount - 2 },
    ]);
  }, 60_000);

  it('stays a tagged PDF/A-2a with an attached PDF: each of its pages a Figure named after the annex', async () => {
    db.exec(`INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 99, 'ACTE EN PRÉPARATION', '{"kind":"unanimity"}')`);
    await addAnnex(db, { body: 'CP', date: '2023-10-16', act: 'G99', title: 'Plan de situation', pieceType: null, fileName: 'plan.pdf', bytes: await makeAnnexPdf(2) });
    const { bytes, pageCount, sommaire } = await renderRecueil(db, args);
    // Every painting operator tagged or an artifact, every MCID in the ParentTree, the annex's font
    // embedded; a bookmark for the sommaire, one per act and one for the annex under G99.
    expect(await checkPdfA(bytes)).toEqual({ problems: [], bookmarks: 2 + sommaire.length, claim: '2A' });
    const pdf = await PDF.load(bytes);
    const resolve = (ref: PdfRef): PdfObject | null => pdf.getObject(ref);
    const nums = pdf.getCatalog().getDict('StructTreeRoot', resolve)?.getDict('ParentTree', resolve)?.getArray('Nums', resolve);
    const figures = [pageCount - 2, pageCount - 1].map((n) => {
      const key = pdf.getPage(n - 1)?.dict.getNumber('StructParents')?.value;
      let found: PdfObject | undefined;
      for (let i = 0; i + 1 < (nums?.length ?? 0); i += 2) if ((nums?.at(i) as PdfNumber).value === key) found = (nums?.at(i + 1, resolve) as PdfArray).at(0, resolve);
      const figure = found as PdfDict;
      const section = figure.getDict('P', resolve);
      return [figure.getName('S')?.value, figure.getString('Alt')?.asString(), section?.getName('S')?.value, section?.getString('T')?.asString()];
    });
    expect(figures).toEqual([
      ['Figure', 'Annexe : Plan de situation, page 1 sur 2', 'Sect', 'Annexe : Plan de situation'],
      ['Figure', 'Annexe : Plan de situation, page 2 sur 2', 'Sect', 'Annexe : Plan de situation'],
    ]);
  }, 60_000);

  it('refuses, in French, a séance without recueil data', async () => {
    // The reference acts are executory, so their recueil is sealed (0008): set the seal aside to lose it.
    db.exec(onPostgres ? 'DROP TRIGGER recueils_sealed_delete ON recueils' : 'DROP TRIGGER recueils_sealed_delete');
    db.prepare('DELETE FROM recueils').run();
    const refused = renderRecueil(db, args);
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(renderRecueil(db, args)).rejects.toThrow(
      /^recueil : la séance du 16 octobre 2023 \(Commission permanente du Conseil départemental du Var\) n'a pas de recueil des actes administratifs/,
    );
  });
});

describe('renderRecueil with the conventions of the acts', () => {
  it('prints each convention after the act that approves it, the sommaire still naming the right pages', async () => {
    const register = tempRegister();
    try {
      loadDemo(register.db);
      const { bytes, sommaire } = await renderRecueil(register.db, args);
      const g25 = sommaire.find((e) => e.number === 'G25');
      const g26 = sommaire.find((e) => e.number === 'G26');
      if (g25 === undefined || g26 === undefined) throw new Error('G25/G26');
      const between = await pdfText(bytes, { raw: true, firstPage: g25.page, lastPage: g26.page - 1 });
      expect(between).toContain('Acte n° : CO 2023-1098');
      for (const e of sommaire) expect(await page(bytes, e.page), e.number).toContain(`N° : ${e.number}`);
    } finally {
      register.cleanup();
    }
  });
});
