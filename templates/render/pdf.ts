import PDFDocument from 'pdfkit';
import { A4_HEIGHT_MM, A4_WIDTH_MM, creationDate, mmToPt, type Document, type DocumentMeta } from '../model';
import { drawPageNumber, drawRunningHeader, drawSlices, drawWatermark } from './pdf-draw';
import { canvasOf, measureText, type PdfCanvas } from './pdf-measure';
import { paginate, type Pagination } from './pdf-paginate';
import { sliceDocument } from './pdf-slices';

export interface PdfRenderOptions {
  /**
   * 'perDocument' (default): each document's pages are numbered 1…M on their own.
   * 'continuous': one numbering runs through all documents, as in a recueil.
   */
  numbering?: 'perDocument' | 'continuous';
  /** Number printed on the first page in continuous numbering (default 1). */
  startPage?: number;
  /** Properties of the PDF file; the first document's when unset. */
  meta?: DocumentMeta;
}

export interface PdfRendering {
  bytes: Uint8Array;
  pageCount: number;
  /** Anchor → 1-based page of this PDF (what `pdftotext -f` takes); add startPage − 1 for the printed number. */
  anchors: Record<string, number>;
  /** Where each input document landed, 1-based. */
  documents: { firstPage: number; pageCount: number }[];
}

interface LaidOutDocument {
  doc: Document;
  pagination: Pagination;
}

/**
 * Renders one document, or several each starting on a new page, as an A4 PDF with embedded
 * Liberation fonts. Same input, same bytes: dates come from `meta.createdAt` only.
 * Example: `const { bytes, anchors } = await renderPdf([cover, sommaire, ...acts], { numbering: 'continuous' })`.
 */
export async function renderPdf(input: Document | readonly Document[], options: PdfRenderOptions = {}): Promise<PdfRendering> {
  const documents = listOf(input);
  if (options.startPage !== undefined && !(Number.isInteger(options.startPage) && options.startPage >= 1)) {
    throw new Error(`startPage must be a whole number from 1, not ${options.startPage}`);
  }
  const meta = options.meta ?? documents[0]!.meta;
  const date = creationDate(meta);
  const pdf = new PDFDocument({
    autoFirstPage: false,
    pdfVersion: '1.7',
    lang: 'fr-FR',
    displayTitle: true,
    // PDFKit derives the trailer /ID from these entries, so fixed dates make it reproducible too.
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      ...(meta.keywords === undefined ? {} : { Keywords: meta.keywords }),
      Creator: 'Registre',
      Producer: 'Registre (PDFKit)',
      CreationDate: date,
      ModDate: date,
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });

  const canvas = canvasOf(pdf);
  const laidOut = documents.map((doc) => ({ doc, pagination: layOut(doc) }));
  const pageCount = laidOut.reduce((sum, { pagination }) => sum + pagination.pages.length, 0);
  const anchors: Record<string, number> = {};
  const placements: PdfRendering['documents'] = [];
  let pagesBefore = 0;
  for (const { doc, pagination } of laidOut) {
    for (const [anchor, index] of pagination.anchorPages) {
      if (anchor in anchors) throw new Error(`Anchor "${anchor}" is used twice`);
      anchors[anchor] = pagesBefore + index + 1;
    }
    placements.push({ firstPage: pagesBefore + 1, pageCount: pagination.pages.length });
    drawDocument(canvas, { doc, pagination }, pagesBefore, pageCount, options);
    pagesBefore += pagination.pages.length;
  }
  pdf.end();
  await ended;
  const bytes = Buffer.concat(chunks);
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), pageCount, anchors, documents: placements };
}

/** Number of pages `doc` takes in PDF, without drawing it (e.g. to decide the DOCX footer). */
export function countPdfPages(doc: Document): number {
  return layOut(doc).pages.length;
}

function listOf(input: Document | readonly Document[]): readonly Document[] {
  const documents = 'blocks' in input ? [input] : input;
  if (documents.length === 0) throw new Error('Nothing to render: the list of documents is empty');
  return documents;
}

function pageGeometry(doc: Document) {
  const { page } = doc;
  const widthPt = mmToPt(A4_WIDTH_MM);
  const heightPt = mmToPt(A4_HEIGHT_MM);
  const leftPt = mmToPt(page.marginLeftMm);
  const topPt = mmToPt(page.marginTopMm);
  return {
    widthPt,
    heightPt,
    leftPt,
    topPt,
    contentWidthPt: widthPt - leftPt - mmToPt(page.marginRightMm),
    bodyHeightPt: heightPt - topPt - mmToPt(page.marginBottomMm),
  };
}

function layOut(doc: Document): Pagination {
  const { contentWidthPt, bodyHeightPt } = pageGeometry(doc);
  const sliced = sliceDocument(doc, contentWidthPt, bodyHeightPt, (text, style) =>
    measureText(text, style.face, style.sizePt),
  );
  return paginate(sliced, bodyHeightPt);
}

function drawDocument(
  canvas: PdfCanvas,
  { doc, pagination }: LaidOutDocument,
  pagesBefore: number,
  totalPages: number,
  options: PdfRenderOptions,
): void {
  const geometry = pageGeometry(doc);
  const continuous = options.numbering === 'continuous';
  const offset = (options.startPage ?? 1) - 1;
  const m = continuous ? offset + totalPages : pagination.pages.length;
  const policy = doc.page.pageNumbers;
  const numbered = policy === 'always' || (policy === 'whenMultiPage' && (continuous ? totalPages : m) > 1);
  const face = { family: doc.typography.fontFamily, bold: false, italic: false };
  for (const [index, placed] of pagination.pages.entries()) {
    // Margins are ours to keep: PDFKit must never add a page on its own.
    canvas.pdf.addPage({ size: [geometry.widthPt, geometry.heightPt], margin: 0 });
    // Under the text, so that the text stays readable across it.
    if (doc.page.watermark !== undefined) drawWatermark(canvas, face, doc.page.watermark);
    drawSlices(canvas, placed, geometry.leftPt, geometry.topPt);
    if (doc.page.runningHeader !== undefined) drawRunningHeader(canvas, face, doc.page.runningHeader);
    if (numbered) drawPageNumber(canvas, face, continuous ? offset + pagesBefore + index + 1 : index + 1, m);
  }
}
