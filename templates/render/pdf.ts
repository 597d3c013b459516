import PDFDocument from 'pdfkit';
import { A4_HEIGHT_MM, A4_WIDTH_MM, creationDate, mmToPt, type Document, type DocumentMeta } from '../model';
import { drawRunningHeader, drawSlices, drawWatermark } from './pdf-draw';
import { canvasOf, measureText, type PdfCanvas } from './pdf-measure';
import { batchDocumentWrites, bufferPageContent } from './pdf-batched-writes';
import { deflateQuicklyFromNowOn } from './pdf-deflate';
import { DeferredPageNumbers, drawPageNumber } from './pdf-page-numbers';
import { paginate, type Pagination } from './pdf-paginate';
import { sliceDocument } from './pdf-slices';
import { DocumentTagger } from './pdf-tags';
import { writeXmpInfo } from './pdf-xmp';

const CREATOR = 'Registre';
const PRODUCER = 'Registre (PDFKit)';

/** An entry of the PDF's bookmarks: opens the page where `anchor` is; `children` indented under it. */
export interface Bookmark {
  title: string;
  anchor: string;
  children?: readonly Bookmark[];
}

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
  /** The bookmarks panel (one per act in a recueil or a registre), in page order. */
  bookmarks?: readonly Bookmark[];
  /**
   * Pages each document takes, from a measuring pass (`countPdfPages`, `layOutPdf`) the caller already made:
   * checked as each is drawn. Continuous numbering prints the total on every page: without these
   * counts, the numbers are written at the end (see DeferredPageNumbers), the documents laid out once.
   */
  pageCounts?: readonly number[];
  /**
   * Called after each document is written, e.g. to report progress: its index, the pages so far,
   * and the pages of the anchors met so far (what a table at the end of a book prints).
   */
  onDocument?: (index: number, pagesSoFar: number, anchors: Readonly<Record<string, number>>) => void;
}

/** Where a PDF's bytes go as they are produced, in order: a file being written, or parts joined at the end. */
export type PdfSink = (chunk: Uint8Array) => void;

/** Where the pages and anchors of a written PDF landed. */
export interface PdfPlacement {
  pageCount: number;
  /** Anchor → 1-based page of this PDF (what `pdftotext -f` takes); add startPage − 1 for the printed number. */
  anchors: Record<string, number>;
  /** Where each input document landed, 1-based. */
  documents: { firstPage: number; pageCount: number }[];
}

export interface PdfRendering extends PdfPlacement {
  bytes: Uint8Array;
}

/** A document laid out for PDF, its pages filled: `writePdf` draws it as it is. */
export interface LaidOutDocument {
  doc: Document;
  pagination: Pagination;
}

/**
 * Renders one document, or several each starting on a new page, as an A4 PDF/A-2a with embedded
 * Liberation fonts: XMP metadata, an sRGB output intent, every block tagged (headings, paragraphs,
 * lists, tables; running headers and page numbers as artifacts) in French, every anchor a named
 * destination that links can open. Same input, same bytes: dates come from `meta.createdAt` only.
 * The documents are laid out and written one at a time and their layout dropped at once, so a
 * book of thousands of pages keeps in memory only the document being drawn (and the PDF's bytes,
 * which `writePdf` hands over as they come).
 * Example: `const { bytes, anchors } = await renderPdf([cover, sommaire, ...acts], { numbering: 'continuous' })`.
 */
export async function renderPdf(input: Document | Iterable<Document | LaidOutDocument>, options: PdfRenderOptions = {}): Promise<PdfRendering> {
  const parts: Uint8Array[] = [];
  const placement = await writePdf(input, (chunk) => parts.push(chunk), options);
  const bytes = Buffer.concat(parts);
  return { ...placement, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/**
 * Renders as `renderPdf` does, handing the bytes to `sink` as each document is written instead of
 * keeping them: a book of thousands of pages goes to its file without ever being whole in memory.
 * A document the caller laid out already (`layOutPdf`, to count its pages) is drawn from that layout.
 */
export async function writePdf(input: Document | Iterable<Document | LaidOutDocument>, sink: PdfSink, options: PdfRenderOptions = {}): Promise<PdfPlacement> {
  const documents: Iterable<Document | LaidOutDocument> = 'blocks' in input ? [input] : input;
  if (options.startPage !== undefined && !(Number.isInteger(options.startPage) && options.startPage >= 1)) {
    throw new Error(`startPage must be a whole number from 1, not ${options.startPage}`);
  }
  const meta = options.meta ?? firstOf(documents).meta;
  const date = creationDate(meta);
  const pdf = new PDFDocument({
    autoFirstPage: false,
    // No default font: PDFKit would read and parse its Helvetica metrics for every document (a
    // fifth of the time of the 16 extracts), and nothing here ever writes in it.
    font: '',
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    lang: 'fr-FR',
    displayTitle: true,
    // PDFKit derives the trailer /ID from these entries, so fixed dates make it reproducible too.
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      ...(meta.keywords === undefined ? {} : { Keywords: meta.keywords }),
      Creator: CREATOR,
      Producer: PRODUCER,
      CreationDate: date,
      ModDate: date,
    },
  });
  const flushWrites = batchDocumentWrites(pdf);
  writeXmpInfo(pdf, { title: meta.title, author: meta.author, subject: meta.subject, keywords: meta.keywords, creator: CREATOR, producer: PRODUCER, date });
  // PDFKit writes a PDF in hundreds of tiny chunks a page; they are joined and handed over after each document.
  let chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const handOver = (): void => {
    if (chunks.length > 0) sink(Buffer.concat(chunks));
    chunks = [];
  };
  const flush = async (): Promise<void> => {
    flushWrites();
    // The stream hands its chunks over only once the event loop turns.
    await new Promise((resolve) => setImmediate(resolve));
    handOver();
  };
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });

  const canvas = canvasOf(pdf);
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  const bookmarks = bookmarkPlacer(pdf, options.bookmarks ?? []);
  const measured = options.pageCounts ?? null;
  const pageCount = measured?.reduce((sum, count) => sum + count, 0) ?? null;
  // Continuous numbering prints the total on every page: unknown yet, it is written at the end.
  const deferred = options.numbering === 'continuous' && pageCount === null ? new DeferredPageNumbers(canvas) : null;
  const anchors: Record<string, number> = {};
  const placements: PdfRendering['documents'] = [];
  let pagesBefore = 0;
  for (const item of documents) {
    const { doc, pagination } = 'pagination' in item ? item : { doc: item, pagination: layOut(item) };
    const expected = measured?.[placements.length];
    if (measured !== null && expected !== pagination.pages.length) {
      throw new Error(`Document ${placements.length + 1} takes ${pagination.pages.length} pages, not ${expected ?? 'none'} as measured`);
    }
    for (const [anchor, index] of pagination.anchorPages) {
      if (anchor in anchors) throw new Error(`Anchor "${anchor}" is used twice`);
      anchors[anchor] = pagesBefore + index + 1;
    }
    placements.push({ firstPage: pagesBefore + 1, pageCount: pagination.pages.length });
    const tagger = new DocumentTagger(pdf, root);
    drawDocument(canvas, tagger, { doc, pagination }, pagesBefore, deferred ?? pageCount ?? pagination.pages.length, options, bookmarks);
    tagger.end();
    pagesBefore += pagination.pages.length;
    options.onDocument?.(placements.length - 1, pagesBefore, anchors);
    await flush();
  }
  if (placements.length === 0) throw new Error('Nothing to render: the list of documents is empty');
  if (measured !== null && measured.length !== placements.length) throw new Error(`${placements.length} documents drawn, ${measured.length} measured`);
  bookmarks.finish();
  deferred?.finish((options.startPage ?? 1) - 1 + pagesBefore, pagesBefore > 1);
  root.end();
  deflateQuicklyFromNowOn(pdf);
  pdf.end();
  await ended;
  handOver();
  return { pageCount: pagesBefore, anchors, documents: placements };
}

/** Number of pages `doc` takes in PDF, without drawing it (e.g. to decide the DOCX footer). */
export function countPdfPages(doc: Document): number {
  return layOut(doc, false).pages.length;
}

/**
 * `doc` laid out as `writePdf` draws it, for a caller that must know its pages before drawing it
 * (a recueil's sommaire precedes the acts it numbers): counted here, drawn from this layout, the
 * document is laid out once. The layout holds every line placed: kept only as long as needed.
 */
export function layOutPdf(doc: Document): LaidOutDocument {
  return { doc, pagination: layOut(doc) };
}

function firstOf(documents: Iterable<Document | LaidOutDocument>): Document {
  for (const item of documents) return 'pagination' in item ? item.doc : item;
  throw new Error('Nothing to render: the list of documents is empty');
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

/** The document's pages; without `placeLines`, only as many as it takes (the lines' text not placed). */
function layOut(doc: Document, placeLines = true): Pagination {
  const { contentWidthPt, bodyHeightPt } = pageGeometry(doc);
  const sliced = sliceDocument(doc, contentWidthPt, bodyHeightPt, (text, style) => measureText(text, style.face, style.sizePt), placeLines);
  return paginate(sliced, bodyHeightPt);
}

function drawDocument(
  canvas: PdfCanvas,
  tagger: DocumentTagger,
  { doc, pagination }: LaidOutDocument,
  pagesBefore: number,
  /** Pages of the whole PDF (continuous numbering) or of this document; deferred: told at the end. */
  totalPages: number | DeferredPageNumbers,
  options: PdfRenderOptions,
  bookmarks: BookmarkPlacer,
): void {
  const geometry = pageGeometry(doc);
  const continuous = options.numbering === 'continuous';
  const offset = (options.startPage ?? 1) - 1;
  const policy = doc.page.pageNumbers;
  const numbered = policy === 'always' || (policy === 'whenMultiPage' && (typeof totalPages !== 'number' || (continuous ? totalPages : pagination.pages.length) > 1));
  const face = { family: doc.typography.fontFamily, bold: false, italic: false };
  const anchorsByPage = new Map<number, string[]>();
  for (const [anchor, index] of pagination.anchorPages) anchorsByPage.set(index, [...(anchorsByPage.get(index) ?? []), anchor]);
  for (const [index, placed] of pagination.pages.entries()) {
    const previous = (canvas.pdf as { page?: WrittenPage | null }).page;
    // Margins are ours to keep: PDFKit must never add a page on its own.
    canvas.pdf.addPage({ size: [geometry.widthPt, geometry.heightPt], margin: 0 });
    // PDFKit has just written the previous page out: what it holds of it until the end (the page's
    // reference, in the page tree and every link, bookmark and destination to it) needs only its number.
    if (previous != null) forgetWrittenPage(previous);
    const endPage = bufferPageContent(canvas.pdf);
    const anchors = anchorsByPage.get(index) ?? [];
    for (const anchor of anchors) canvas.pdf.addNamedDestination(anchor);
    bookmarks.reached(anchors);
    // Under the text, so that the text stays readable across it.
    if (doc.page.watermark !== undefined) drawWatermark(canvas, face, doc.page.watermark);
    drawSlices(canvas, tagger, placed, geometry.leftPt, geometry.topPt);
    if (doc.page.runningHeader !== undefined) drawRunningHeader(canvas, face, doc.page.runningHeader);
    if (numbered) {
      const n = continuous ? offset + pagesBefore + index + 1 : index + 1;
      if (typeof totalPages !== 'number') totalPages.place(face, n, policy === 'whenMultiPage');
      else drawPageNumber(canvas, face, n, continuous ? offset + totalPages : pagination.pages.length);
    }
    endPage();
  }
}

/** What PDFKit keeps of a page once written: its dictionary (with its resources and content), by reference. */
interface WrittenPage {
  dictionary: { data: Record<string, unknown> };
}

/**
 * Drops the dictionary of a page PDFKit has written out (its resources, content stream, fonts): the
 * page's reference is still written as "12 0 R" wherever it is named, and nothing reads its
 * dictionary again. A book of thousands of pages would otherwise keep them all until its end.
 */
function forgetWrittenPage(page: WrittenPage): void {
  page.dictionary.data = {};
}

interface BookmarkPlacer {
  /** Adds, on the current page, the bookmarks whose anchors are reached here (or earlier). */
  reached(anchors: readonly string[]): void;
  /** Throws when a bookmark's anchor was never reached. */
  finish(): void;
}

/** Places the bookmarks in tree order as their anchors' pages are drawn. */
function bookmarkPlacer(pdf: PdfCanvas['pdf'], bookmarks: readonly Bookmark[]): BookmarkPlacer {
  const pending: { bookmark: Bookmark; parent: Bookmark | null }[] = [];
  const flatten = (list: readonly Bookmark[], parent: Bookmark | null): void => {
    for (const bookmark of list) {
      pending.push({ bookmark, parent });
      flatten(bookmark.children ?? [], bookmark);
    }
  };
  flatten(bookmarks, null);
  const items = new Map<Bookmark, PDFKit.PDFOutline>();
  const seen = new Set<string>();
  let next = 0;
  return {
    reached(anchors) {
      for (const anchor of anchors) seen.add(anchor);
      for (let entry = pending[next]; entry !== undefined && seen.has(entry.bookmark.anchor); entry = pending[++next]) {
        const parentItem = entry.parent === null ? pdf.outline : items.get(entry.parent);
        if (parentItem === undefined) throw new Error(`Bookmark "${entry.bookmark.title}" comes before its parent`);
        items.set(entry.bookmark, parentItem.addItem(entry.bookmark.title));
      }
    },
    finish() {
      const missing = pending[next];
      if (missing !== undefined) throw new Error(`Bookmark "${missing.bookmark.title}": anchor "${missing.bookmark.anchor}" is not in the PDF`);
    },
  };
}
