import PDFDocument from 'pdfkit';
import { fontFileBytes } from '../../templates/render/fonts';

/**
 * A PDF as a user attaches one to an act (a plan, a table): `pages` A4 pages reading
 * « <label> — page n », in the embedded Liberation Sans (an annex must embed its fonts), with
 * a fixed date so that the same call gives the same bytes.
 */
export function makeAnnexPdf(pages: number, label = 'Plan de situation'): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', info: { Title: label, CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.font(fontFileBytes({ family: 'sans', bold: false, italic: false }));
    for (let page = 1; page <= pages; page++) {
      if (page > 1) doc.addPage();
      doc.fontSize(14).text(`${label} — page ${page}`);
    }
    doc.end();
  });
}
