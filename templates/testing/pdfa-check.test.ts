import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { readMarkedContent } from './marked-content';
import { checkPdfA } from './pdfa-check';

/** A plain PDFKit page: Helvetica text and a link, nothing tagged. */
function untaggedPdf(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.text('Annexe', { link: 'https://example.org' });
    doc.end();
  });
}

describe('readMarkedContent', () => {
  it('finds painting operators outside marked content, reading strings and inline images whole', () => {
    const stream = Buffer.from(
      '/P <</MCID 0>> BDC BT (Tj \\) EMC \\(BDC) Tj ET EMC\n' +
        '/Artifact BMC 0 0 1 1 re f EMC\n' +
        'BI /W 1 /H 1 /BPC 8 /CS /G ID \x00EMC\x00 EI\n' +
        '/Figure <</MCID 1>> BDC q /X0 Do Q EMC <48> Tj',
    );
    expect(readMarkedContent(stream)).toEqual({ unmarked: ['BI', 'Tj'], mcids: [0, 1] });
  });
});

describe('checkPdfA', () => {
  it('names what an untagged, non-PDF/A file misses', async () => {
    const { problems, claim } = await checkPdfA(await untaggedPdf());
    expect(claim).toBe('');
    expect(problems).toEqual(
      expect.arrayContaining([
        'pdfinfo: Tagged is not yes',
        'pdffonts: Helvetica is not embedded',
        'no StructTreeRoot',
        'page 1: 1 painting operators outside marked content (TJ)',
        'page 1: Link annotation has no structure element (OBJR) in the ParentTree',
      ]),
    );
  });
});
