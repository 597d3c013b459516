import { AlignmentType, Document as DocxDocument, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { A4_HEIGHT_MM, A4_WIDTH_MM, BLOCK_DEFAULTS, creationDate, type Document, type PageSettings } from '../model';
import { corePropertiesXml, fontTableXml } from './docx-parts';
import { docxBody, mmToTwip, ptToTwip } from './docx-blocks';
import { WORD_FONTS } from './fonts';
import { countPdfPages } from './pdf';
import { setZipEntryDates } from './zip-dates';

export interface DocxRenderOptions {
  /**
   * Pages the document takes, e.g. `renderPdf(doc).pageCount`, to decide whether the footer
   * numbers pages; laid out again with the PDF engine when unset.
   */
  pageCount?: number;
}

/**
 * Renders `doc` as an A4 Word document in Liberation Serif/Sans (Times New Roman/Arial as
 * fallback), with "Page N / M" fields in the footer of multi-page documents.
 * Deterministic: two renderings of the same document are byte for byte equal (the core
 * properties and the zip entries carry `meta.createdAt`, never the clock).
 */
export async function renderDocx(doc: Document, options: DocxRenderOptions = {}): Promise<Uint8Array> {
  const date = creationDate(doc.meta);
  const { page, typography } = doc;
  const policy = page.pageNumbers;
  const numbered = policy === 'always' || (policy === 'whenMultiPage' && (options.pageCount ?? countPdfPages(doc)) > 1);
  const textWidthTwip = mmToTwip(A4_WIDTH_MM - page.marginLeftMm - page.marginRightMm);
  const file = new DocxDocument({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    ...(doc.meta.keywords === undefined ? {} : { keywords: doc.meta.keywords }),
    styles: {
      default: {
        document: {
          run: { font: WORD_FONTS[typography.fontFamily].name, size: typography.fontSizePt * 2, language: { value: 'fr-FR' } },
        },
        // Word's built-in headings are blue Calibri Light: ours stay in the body font, in black.
        heading1: { run: { color: '000000', bold: true } },
        heading2: { run: { color: '000000', bold: true } },
        heading3: { run: { color: '000000', bold: true } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwip(A4_WIDTH_MM), height: mmToTwip(A4_HEIGHT_MM) },
            margin: {
              top: mmToTwip(page.marginTopMm),
              bottom: mmToTwip(page.marginBottomMm),
              left: mmToTwip(page.marginLeftMm),
              right: mmToTwip(page.marginRightMm),
              footer: mmToTwip(BLOCK_DEFAULTS.pageNumberBottomMm) - ptToTwip(BLOCK_DEFAULTS.pageNumberFontSizePt),
            },
          },
        },
        ...(numbered ? { footers: { default: pageNumberFooter() } } : {}),
        ...(page.runningHeader === undefined && page.watermark === undefined ? {} : { headers: { default: pageHeader(page) } }),
        children: docxBody(doc, textWidthTwip),
      },
    ],
  });
  const zip = await Packer.toBuffer(file, false, [
    { path: 'docProps/core.xml', data: corePropertiesXml(doc.meta, date) },
    { path: 'word/fontTable.xml', data: fontTableXml(typography.fontFamily) },
  ]);
  return setZipEntryDates(new Uint8Array(zip.buffer, zip.byteOffset, zip.byteLength), date);
}

/**
 * The header of every page: the running header, and the watermark (« PROJET ») written large and
 * light in it — Word repeats a header on each page; it is not slanted as in the PDF.
 */
function pageHeader(page: PageSettings): Header {
  const lines: Paragraph[] = [];
  if (page.watermark !== undefined) {
    lines.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: page.watermark, bold: true, size: 72, color: 'BFBFBF' })] }));
  }
  if (page.runningHeader !== undefined) {
    lines.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: page.runningHeader, size: BLOCK_DEFAULTS.pageNumberFontSizePt * 2 })] }));
  }
  return new Header({ children: lines });
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: BLOCK_DEFAULTS.pageNumberFontSizePt * 2,
            children: ['Page ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}
