import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocument, keepTogether, pageBreak, paragraph, table, type Block, type Document } from '../model';
import { normalizeForGolden, pdfText } from '../testing/extract-text';
import { countPdfPages, layOutPdf, renderPdf } from './pdf';
import { checkPdfA } from '../testing/pdfa-check';
import {
  AWKWARD_TEXT,
  expectedText,
  fillerLines,
  longText,
  SAMPLE_META,
  sampleDocument,
  sampleDocumentOf,
} from '../testing/sample-document';

const pageText = async (bytes: Uint8Array, page: number): Promise<string> =>
  pdfText(bytes, { raw: true, firstPage: page, lastPage: page });

const pageNumbersOf = async (bytes: Uint8Array, pageCount: number): Promise<(string | null)[]> => {
  const numbers: (string | null)[] = [];
  for (let page = 1; page <= pageCount; page += 1) {
    numbers.push(/^Page \d+ \/ \d+$/m.exec(await pageText(bytes, page))?.[0] ?? null);
  }
  return numbers;
};

describe('renderPdf', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('prints every block literally and in reading order', async () => {
    const doc = sampleDocument();
    const { bytes } = await renderPdf(doc);
    const text = await pdfText(bytes, { raw: true });
    expect(normalizeForGolden(text)).toBe(normalizeForGolden(expectedText(doc)));
    expect(normalizeForGolden(text)).toContain(normalizeForGolden(AWKWARD_TEXT));
    expect(normalizeForGolden(text)).toContain(normalizeForGolden(longText(2000)));
    for (const literal of ['<b>non balisé</b> &', '"guillemets droits"', '{placeholder}', 'œuvre', 'Œdipe', '€', '«', '»']) {
      expect(text).toContain(literal);
    }
    expect(text).not.toContain('\uFFFD');
  });

  it('keeps a superscript on the line of its number', async () => {
    const { bytes } = await renderPdf(sampleDocument());
    expect(await pdfText(bytes, { raw: true })).toContain('n°A9 du 1er février 2022');
  });

  it('reads a dash item, its sub-item and its nested table row by row', async () => {
    const { bytes } = await renderPdf(sampleDocument());
    const lines = (await pdfText(bytes, { raw: true })).split('\n');
    const from = lines.findIndex((line) => line.startsWith('- d’autoriser') || line.startsWith("- d'autoriser"));
    expect(from).toBeGreaterThan(-1);
    expect(lines.slice(from).map((line) => line.replace(/[\u00a0\u202f]/g, ' '))).toEqual(
      expect.arrayContaining(['Lot Désignation Montant', '1 Pôle technique de Toulon Est <&> 22 240,00 €']),
    );
    const order = ['concernant le lot 1', '* pour la partie forfaitaire', 'Lot Désignation Montant', '2 Pôle technique de Toulon Ouest'];
    const positions = order.map((start) => lines.findIndex((line) => line.replace(/[\u00a0\u202f]/g, ' ').startsWith(start)));
    expect(positions.every((position, index) => position > (positions[index - 1] ?? from))).toBe(true);
  });

  it('numbers no page of a one-page document', async () => {
    const rendering = await renderPdf(sampleDocumentOf(fillerLines(3)));
    expect(rendering.pageCount).toBe(1);
    expect(await pdfText(rendering.bytes, { raw: true })).not.toMatch(/Page \d/);
  });

  it('numbers every page of a multi-page document "Page N / M"', async () => {
    const rendering = await renderPdf(sampleDocumentOf(fillerLines(100)));
    expect(rendering.pageCount).toBe(3);
    expect(await pageNumbersOf(rendering.bytes, 3)).toEqual(['Page 1 / 3', 'Page 2 / 3', 'Page 3 / 3']);
  });

  it('follows the page-number policy of the document', async () => {
    const never = await renderPdf(sampleDocumentOf(fillerLines(120), { page: { pageNumbers: 'never' } }));
    const always = await renderPdf(sampleDocumentOf(fillerLines(3), { page: { pageNumbers: 'always' } }));
    expect(await pdfText(never.bytes, { raw: true })).not.toMatch(/Page \d/);
    expect(await pageNumbersOf(always.bytes, 1)).toEqual(['Page 1 / 1']);
  });

  it('gives the same bytes whatever the clock, and dates the file from its metadata', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2001-02-03T04:05:06Z'));
    const first = await renderPdf(sampleDocument());
    vi.setSystemTime(new Date('2031-12-30T23:59:58Z'));
    const second = await renderPdf(sampleDocument());
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    // Info dates are indirect string objects: both point at the injected instant.
    const raw = Buffer.from(first.bytes).toString('latin1');
    expect(raw.match(/\(D:\d{14}Z\)/g)).toEqual(['(D:20231020083000Z)', '(D:20231020083000Z)']);
    const redated = await renderPdf({ ...sampleDocument(), meta: { ...SAMPLE_META, createdAt: '2024-01-01T00:00:00Z' } });
    expect(Buffer.from(redated.bytes).equals(Buffer.from(first.bytes))).toBe(false);
  });

  it('tags headings, paragraphs, lists and tables', async () => {
    const { bytes } = await renderPdf(sampleDocument());
    expect(await checkPdfA(bytes)).toEqual({ problems: [], bookmarks: 0, claim: '2A' });
    const raw = Buffer.from(bytes).toString('latin1');
    for (const role of ['Document', 'Sect', 'H1', 'P', 'L', 'LI', 'LBody', 'Table', 'TR', 'TD']) expect(raw, role).toContain(`/S /${role}\n`);
  });

  it('reports the page each anchored block starts on', async () => {
    const blocks: Block[] = [
      ...fillerLines(50),
      paragraph('PREMIER REPÈRE', { anchor: 'first' }),
      ...fillerLines(60),
      table(['Colonne'], [['CELLULE REPÈRE']], { anchor: 'table' }),
      pageBreak(),
      paragraph('APRÈS LE SAUT', { anchor: 'afterBreak' }),
    ];
    const { bytes, anchors, pageCount } = await renderPdf(sampleDocumentOf(blocks));
    expect(pageCount).toBe(4);
    expect(anchors).toEqual({ first: 2, table: 3, afterBreak: 4 });
    const marks = { first: 'PREMIER REPÈRE', table: 'CELLULE REPÈRE', afterBreak: 'APRÈS LE SAUT' };
    for (const [anchor, mark] of Object.entries(marks)) {
      const page = anchors[anchor]!;
      expect(await pageText(bytes, page)).toContain(mark);
      expect(await pageText(bytes, page - 1)).not.toContain(mark);
    }
  });

  it('moves a keep-together group whole to the next page instead of splitting it', async () => {
    const group = (): Block[] => [
      paragraph('Adopté à l’unanimité.', { anchor: 'adopted' }),
      paragraph('Signé : Jean-Louis MASSON\nPrésident du Conseil départemental', { anchor: 'signed' }),
      paragraph('Acte certifié exécutoire\nle 20/10/2023', { anchor: 'certified' }),
    ];
    let splitWithoutGroup = 0;
    for (let lines = 38; lines <= 46; lines += 1) {
      const kept = await renderPdf(sampleDocumentOf([...fillerLines(lines), keepTogether(...group())]));
      expect(new Set([kept.anchors.adopted, kept.anchors.signed, kept.anchors.certified]).size).toBe(1);
      const loose = await renderPdf(sampleDocumentOf([...fillerLines(lines), ...group()]));
      if (loose.anchors.adopted !== loose.anchors.certified) splitWithoutGroup += 1;
    }
    // The loop does cross the page end: without the group the blocks would have been split.
    expect(splitWithoutGroup).toBeGreaterThan(0);
  });

  it('repeats the table header on every page the table runs onto', async () => {
    const rows = Array.from({ length: 120 }, (_, index) => [String(index + 1), `Véhicule ${index + 1}`, '8\u00a0423,00\u00a0€']);
    const { bytes, pageCount } = await renderPdf(sampleDocumentOf([table(['N°', 'Désignation', 'Prix'], rows)]));
    expect(pageCount).toBeGreaterThan(2);
    for (let page = 1; page <= pageCount; page += 1) {
      expect((await pageText(bytes, page)).split('\n')[0]).toBe('N° Désignation Prix');
    }
    const text = normalizeForGolden(await pdfText(bytes, { raw: true }));
    expect(text).toContain('120 Véhicule 120 8 423,00 €');
  });

  it('starts each document on a new page, with its own or a continuous numbering', async () => {
    const cover = sampleDocumentOf([paragraph('COUVERTURE', { anchor: 'cover' })], { page: { pageNumbers: 'never' } });
    const twoPages = sampleDocumentOf([paragraph('ACTE G1', { anchor: 'g1' }), ...fillerLines(60)]);
    const onePage = sampleDocumentOf([paragraph('ACTE G2', { anchor: 'g2' })]);

    const own = await renderPdf([cover, twoPages, onePage]);
    expect(own.documents).toEqual([
      { firstPage: 1, pageCount: 1 },
      { firstPage: 2, pageCount: 2 },
      { firstPage: 4, pageCount: 1 },
    ]);
    expect(own.anchors).toEqual({ cover: 1, g1: 2, g2: 4 });
    expect(await pageNumbersOf(own.bytes, 4)).toEqual([null, 'Page 1 / 2', 'Page 2 / 2', null]);

    const continuous = await renderPdf([cover, twoPages, onePage], { numbering: 'continuous' });
    expect(await pageNumbersOf(continuous.bytes, 4)).toEqual([null, 'Page 2 / 4', 'Page 3 / 4', 'Page 4 / 4']);

    const offset = await renderPdf([twoPages, onePage], { numbering: 'continuous', startPage: 5 });
    expect(await pageNumbersOf(offset.bytes, 3)).toEqual(['Page 5 / 7', 'Page 6 / 7', 'Page 7 / 7']);
    expect(await pageText(offset.bytes, offset.anchors.g2!)).toContain('ACTE G2');
  });

  it('counts pages without drawing them, as renderPdf lays them out', async () => {
    const doc = sampleDocumentOf(fillerLines(120));
    expect(countPdfPages(doc)).toBe((await renderPdf(doc)).pageCount);
  });

  it('draws a document laid out beforehand (to count its pages) as it would have laid it out', async () => {
    const first = sampleDocumentOf([paragraph(AWKWARD_TEXT, { anchor: 'g1' }), ...fillerLines(80)]);
    const second = sampleDocumentOf([paragraph(longText(3000), { anchor: 'g2' })]);
    const laidOut = layOutPdf(first);
    expect(laidOut.pagination.pages.length).toBe(countPdfPages(first));
    const options = { numbering: 'continuous' as const, pageCounts: [countPdfPages(first), countPdfPages(second)] };
    const drawn = await renderPdf([laidOut, second], options);
    expect(drawn.bytes).toEqual((await renderPdf([first, second], options)).bytes);
  });

  it('refuses an anchor used twice and a creation date that is not ISO 8601', async () => {
    const twice = sampleDocumentOf([paragraph('a', { anchor: 'x' }), paragraph('b', { anchor: 'x' })]);
    await expect(renderPdf(twice)).rejects.toThrow('Anchor "x" is used twice');
    const undated: Document = createDocument({ meta: { ...SAMPLE_META, createdAt: 'hier' }, blocks: [] });
    await expect(renderPdf(undated)).rejects.toThrow('Invalid document creation date');
  });

  it('deflates every stream but the XMP metadata at the quickest level, and embeds only the Liberation faces it writes in', async () => {
    const { bytes } = await renderPdf(sampleDocument());
    const file = Buffer.from(bytes);
    const streams = [...file.toString('latin1').matchAll(/obj\n(<<(?:(?!endobj)[\s\S])*?>>)\nstream\n/g)].map((m) => ({
      dictionary: m[1] ?? '',
      data: file.subarray((m.index ?? 0) + m[0].length),
    }));
    const isMetadata = (stream: { dictionary: string }) => stream.dictionary.includes('/Type /Metadata');
    // PDF/A reads the XMP as it is: PDFKit leaves it unfiltered.
    expect(streams.filter(isMetadata).map((stream) => stream.dictionary)).toEqual([expect.not.stringContaining('/Filter')]);
    const others = streams.filter((stream) => !isMetadata(stream));
    expect(others.length).toBeGreaterThan(5);
    for (const stream of others) {
      expect(stream.dictionary).toContain('/Filter /FlateDecode');
      // zlib's header names the level: 78 01 for the quickest.
      expect(stream.data.subarray(0, 2).toString('hex')).toBe('7801');
      const length = Number(/\/Length (\d+)/.exec(stream.dictionary)?.[1]);
      expect(inflateSync(stream.data.subarray(0, length)).length).toBeGreaterThan(0);
    }
    const dir = mkdtempSync(join(tmpdir(), 'registre-pdf-fonts-'));
    try {
      writeFileSync(join(dir, 'doc.pdf'), bytes);
      const fonts = execFileSync('pdffonts', [join(dir, 'doc.pdf')], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+Liberation(Serif|Sans)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Their speed is measured by the bench (npm run bench), not here: a loaded machine is not a slow renderer.
  it('renders 16 three-page extracts, each on three pages', async () => {
    const extracts = Array.from({ length: 16 }, (_, index) =>
      sampleDocumentOf([...fillerLines(10, `Acte G${index + 1}`), paragraph(longText(9000)), ...fillerLines(10)]),
    );
    const pageCounts: number[] = [];
    for (const extract of extracts) pageCounts.push((await renderPdf(extract)).pageCount);
    expect(pageCounts).toEqual(Array.from({ length: 16 }, () => 3));
  });
});
