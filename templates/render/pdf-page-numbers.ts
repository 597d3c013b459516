import { BLOCK_DEFAULTS, mmToPt } from '../model';
import type { FontFace } from './fonts';
import { measureText, useFace, type PdfCanvas } from './pdf-measure';
import { writeText } from './pdf-text';

/** Writes "Page N / M" centred in the bottom margin of a page `widthPt` × `heightPt` points. */
function writePageNumber(canvas: PdfCanvas, face: FontFace, text: string, widthPt: number, write: (xPt: number, baselinePt: number) => void): void {
  const sizePt = BLOCK_DEFAULTS.pageNumberFontSizePt;
  const textWidthPt = measureText(text, face, sizePt);
  useFace(canvas, face, sizePt);
  write((widthPt - textWidthPt) / 2, mmToPt(BLOCK_DEFAULTS.pageNumberBottomMm));
}

/** Writes "Page N / M" centred in the bottom margin of the current page. */
export function drawPageNumber(canvas: PdfCanvas, face: FontFace, n: number, m: number): void {
  const { pdf } = canvas;
  writePageNumber(canvas, face, `Page ${n} / ${m}`, pdf.page.width, (xPt, bottomPt) => {
    pdf.markContent('Artifact', { type: 'Pagination' });
    writeText(pdf, `Page ${n} / ${m}`, xPt, pdf.page.height - bottomPt);
    pdf.endMarkedContent();
  });
}

interface PendingNumber {
  form: PDFKit.PDFKitReference;
  face: FontFace;
  n: number;
  widthPt: number;
  heightPt: number;
  /** Printed only if the PDF has more than one page. */
  whenMultiPage: boolean;
}

/**
 * "Page N / M" on pages whose total M is known only once the last page is written: each page
 * paints a form XObject of its own, written at the end. A book of thousands of pages is then laid
 * out once, as it is written, instead of being measured whole first. Text extractors read the
 * number where the page paints it.
 */
export class DeferredPageNumbers {
  private readonly pending: PendingNumber[] = [];

  constructor(private readonly canvas: PdfCanvas) {}

  /** Paints, on the current page, number `n` of a total told by `finish`. */
  place(face: FontFace, n: number, whenMultiPage: boolean): void {
    const { pdf } = this.canvas;
    const { width, height } = pdf.page;
    const form = pdf.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, width, height], Resources: { Font: {} } });
    // A stream of a few dozen bytes: deflating it would make it no smaller, and each deflate takes a
    // 16 KiB buffer, thousands of them at once at the end of a book.
    form.compress = false;
    (pdf.page as unknown as { xobjects: Record<string, unknown> }).xobjects.PageNumber = form;
    pdf.markContent('Artifact', { type: 'Pagination' });
    pdf.addContent('/PageNumber Do');
    pdf.endMarkedContent();
    this.pending.push({ form, face, n, widthPt: width, heightPt: height, whenMultiPage });
  }

  /** Writes every number placed, now that the total `m` is known and whether the PDF has several pages. */
  finish(m: number, multiPage: boolean): void {
    for (const { form, face, n, widthPt, heightPt, whenMultiPage } of this.pending) {
      if (multiPage || !whenMultiPage) {
        const fonts = (form.data as unknown as { Resources: { Font: Record<string, unknown> } }).Resources.Font;
        const text = `Page ${n} / ${m}`;
        writePageNumber(this.canvas, face, text, widthPt, (xPt, bottomPt) =>
          writeText(this.canvas.pdf, text, xPt, heightPt - bottomPt, { height: heightPt, fonts, write: (line) => form.write(line) }),
        );
      }
      form.end(undefined);
    }
    this.pending.length = 0;
  }
}
