import { afterEach, describe, expect, it, vi } from 'vitest';
import { paragraph, table } from '../model';
import { renderDocx } from './docx';
import { docxText, normalizeForGolden, zipEntryText } from '../testing/extract-text';
import { AWKWARD_TEXT, expectedText, fillerLines, longText, SAMPLE_META, sampleDocument, sampleDocumentOf } from '../testing/sample-document';

describe('renderDocx', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes every block literally and in reading order', async () => {
    const doc = sampleDocument();
    const text = await docxText(await renderDocx(doc));
    expect(normalizeForGolden(text)).toBe(normalizeForGolden(expectedText(doc)));
    // Word keeps text as typed: the awkward line comes back byte for byte, spaces included.
    expect(text.split('\n')).toContain(AWKWARD_TEXT);
    expect(text.split('\n')).toContain(longText(2000));
    expect(text).toContain('n°A9 du 1er février 2022');
  });

  it('writes dash items as "- " paragraphs and tables as Word tables with a repeated header', async () => {
    const bytes = await renderDocx(sampleDocument());
    const lines = (await docxText(bytes)).split('\n');
    expect(lines).toContain('- d’autoriser le Président du Conseil départemental à signer les marchés suivants,');
    expect(lines).toContain('* pour la partie forfaitaire, le montant de l’offre s’élève à 22\u00a0240,00\u00a0€ HT,');
    expect(lines).toContain('Lot\tDésignation\tMontant');
    expect(lines).toContain('1\tPôle technique de Toulon Est <&>\t22\u00a0240,00\u00a0€');
    const xml = await zipEntryText(bytes, 'word/document.xml');
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('puts PAGE / NUMPAGES fields in the footer of a multi-page document only', async () => {
    const multi = await renderDocx(sampleDocumentOf(fillerLines(100)));
    const footer = await zipEntryText(multi, 'word/footer1.xml');
    expect(footer).toMatch(/<w:t[^>]*>Page <\/w:t>.*<w:instrText[^>]*>PAGE<\/w:instrText>.*<w:t[^>]*> \/ <\/w:t>.*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    const single = await renderDocx(sampleDocumentOf(fillerLines(3)));
    await expect(zipEntryText(single, 'word/footer1.xml')).rejects.toThrow('No word/footer1.xml');
    const toldSingle = await renderDocx(sampleDocumentOf(fillerLines(100)), { pageCount: 1 });
    await expect(zipEntryText(toldSingle, 'word/footer1.xml')).rejects.toThrow('No word/footer1.xml');
  });

  it('sets an A4 page, the margins and Liberation Serif with its Times New Roman fallback', async () => {
    const bytes = await renderDocx(sampleDocument());
    const xml = await zipEntryText(bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1417"/);
    expect(await zipEntryText(bytes, 'word/styles.xml')).toContain('w:ascii="Liberation Serif"');
    expect(await zipEntryText(bytes, 'word/fontTable.xml')).toContain(
      '<w:font w:name="Liberation Serif"><w:altName w:val="Times New Roman"/>',
    );
  });

  it('gives the same bytes whatever the clock, dated from the metadata', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2001-02-03T04:05:06Z'));
    const first = await renderDocx(sampleDocument());
    vi.setSystemTime(new Date('2031-12-30T23:59:58Z'));
    const second = await renderDocx(sampleDocument());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const core = await zipEntryText(first, 'docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2023-10-20T08:30:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2023-10-20T08:30:00Z</dcterms:modified>');
    expect(core).toContain('<dc:title>Extrait n° G1 &#60;test&#62; &#38; &#34;x&#34;</dc:title>');
  });

  it('keeps "\\n" as a line break and "\\t" as a tab inside a paragraph and a cell', async () => {
    const bytes = await renderDocx(sampleDocumentOf([paragraph('Signé : X\nPrésident\tdu Conseil'), table(undefined, [['a\nb', 'c']])]));
    expect((await docxText(bytes)).split('\n').slice(0, 4)).toEqual(['Signé : X', 'Président\tdu Conseil', 'a', 'b\tc']);
  });

  it('lays a watermark (« PROJET ») across each page: a slanted shape behind the text, in the header Word repeats', async () => {
    const doc = sampleDocumentOf(fillerLines(100));
    const bytes = await renderDocx({ ...doc, page: { ...doc.page, watermark: 'PROJET' } });
    const header = await zipEntryText(bytes, 'word/header1.xml');
    expect(header).toContain('string="PROJET"');
    const shape = /<v:shape [^>]*type="#_x0000_t136"[^>]*>/.exec(header)?.[0] ?? '';
    expect(shape).toContain('rotation:315');
    expect(shape).toMatch(/z-index:-\d+/);
    expect(shape).toContain('mso-position-vertical:center');
    // The header's root declares the VML namespaces the shape uses.
    expect(header).toMatch(/xmlns:v="urn:schemas-microsoft-com:vml"/);
    expect(header).toMatch(/xmlns:o="urn:schemas-microsoft-com:office:office"/);
    expect(await zipEntryText(bytes, 'word/document.xml')).toContain('w:headerReference');
    expect(await docxText(await renderDocx(doc))).not.toContain('PROJET');
  });

  // Their speed is measured by the bench (npm run bench), not here: a loaded machine is not a slow renderer.
  it('renders 16 long extracts, each with its own text whole', async () => {
    const extracts = Array.from({ length: 16 }, (_, index) =>
      sampleDocumentOf([...fillerLines(10, `Acte G${index + 1}`), paragraph(longText(9000)), ...fillerLines(10)], { meta: SAMPLE_META }),
    );
    for (const [index, extract] of extracts.entries()) {
      const text = await docxText(await renderDocx(extract));
      expect(text.split('\n')[0]).toBe(`Acte G${index + 1} 1`);
      expect(text).toContain(longText(9000));
    }
  });
});
