import { BLOCK_DEFAULTS, mmToPt } from '../model';
import type { FontFace } from './fonts';
import type { PlacedSlice } from './pdf-paginate';
import { measureText, useFace, type PdfCanvas } from './pdf-measure';
import type { RowSlice, TextLine } from './pdf-slices';

/** Draws one page's slices, `leftPt`/`topPt` being the corner of the text area. */
export function drawSlices(canvas: PdfCanvas, placed: readonly PlacedSlice[], leftPt: number, topPt: number): void {
  for (const { slice, topPt: sliceTopPt } of placed) {
    if (slice.kind === 'line') drawLine(canvas, slice.line, leftPt, topPt + sliceTopPt);
    else drawRow(canvas, slice, leftPt, topPt + sliceTopPt);
  }
}

function drawLine(canvas: PdfCanvas, line: TextLine, leftPt: number, topPt: number): void {
  const { pdf } = canvas;
  const baselinePt = topPt + line.baselinePt;
  for (const fragment of line.fragments) {
    const { face, sizePt, risePt, underline } = fragment.style;
    const xPt = leftPt + line.xPt + fragment.xPt;
    useFace(canvas, face, sizePt);
    pdf.text(fragment.text, xPt, baselinePt - risePt, { lineBreak: false, baseline: 'alphabetic' });
    if (underline) {
      pdf
        .save()
        .lineWidth(sizePt * 0.05)
        .moveTo(xPt, baselinePt + sizePt * 0.1)
        .lineTo(xPt + fragment.widthPt, baselinePt + sizePt * 0.1)
        .stroke()
        .restore();
    }
  }
}

function drawRow(canvas: PdfCanvas, row: RowSlice, leftPt: number, topPt: number): void {
  const { pdf } = canvas;
  for (const cell of row.cells) {
    const xPt = leftPt + cell.xPt;
    if (cell.fill !== null) pdf.save().rect(xPt, topPt, cell.widthPt, row.heightPt).fill(`#${cell.fill}`).restore();
    // Cell by cell, left to right: the order in which text extractors read the row.
    for (const line of cell.lines) drawLine(canvas, line, xPt, topPt);
    pdf.save().lineWidth(BLOCK_DEFAULTS.tableBorderWidthPt).rect(xPt, topPt, cell.widthPt, row.heightPt).stroke().restore();
  }
}

/** Writes the running header centred in the top margin of the current page. */
export function drawRunningHeader(canvas: PdfCanvas, face: FontFace, text: string): void {
  const { pdf } = canvas;
  const sizePt = BLOCK_DEFAULTS.pageNumberFontSizePt;
  const widthPt = measureText(text, face, sizePt);
  useFace(canvas, face, sizePt);
  pdf.text(text, (pdf.page.width - widthPt) / 2, mmToPt(BLOCK_DEFAULTS.pageNumberBottomMm), { lineBreak: false, baseline: 'alphabetic' });
}

/** Writes `text` large and light grey, diagonally across the middle of the current page (opaque: no transparency in a PDF/A). */
export function drawWatermark(canvas: PdfCanvas, face: FontFace, text: string): void {
  const { pdf } = canvas;
  const sizePt = 110;
  const widthPt = measureText(text, { ...face, bold: true }, sizePt);
  const [cx, cy] = [pdf.page.width / 2, pdf.page.height / 2];
  pdf.save();
  pdf.rotate(-Math.atan2(pdf.page.height, pdf.page.width) * (180 / Math.PI), { origin: [cx, cy] });
  useFace(canvas, { ...face, bold: true }, sizePt);
  pdf.fillColor('#d9d9d9').text(text, cx - widthPt / 2, cy - sizePt / 3, { lineBreak: false, baseline: 'alphabetic' });
  pdf.restore();
  pdf.fillColor('black');
}

/** Writes "Page N / M" centred in the bottom margin of the current page. */
export function drawPageNumber(canvas: PdfCanvas, face: FontFace, n: number, m: number): void {
  const { pdf } = canvas;
  const text = `Page ${n} / ${m}`;
  const sizePt = BLOCK_DEFAULTS.pageNumberFontSizePt;
  const widthPt = measureText(text, face, sizePt);
  useFace(canvas, face, sizePt);
  const baselinePt = pdf.page.height - mmToPt(BLOCK_DEFAULTS.pageNumberBottomMm);
  pdf.text(text, (pdf.page.width - widthPt) / 2, baselinePt, { lineBreak: false, baseline: 'alphabetic' });
}
