import { BLOCK_DEFAULTS, mmToPt } from '../model';
import type { FontFace } from './fonts';
import type { PlacedSlice } from './pdf-paginate';
import { measureText, useFace, type PdfCanvas } from './pdf-measure';
import type { RowSlice, TextLine } from './pdf-slices';
import type { DocumentTagger } from './pdf-tags';
import { writeText } from './pdf-text';

/**
 * Draws one page's slices, `leftPt`/`topPt` being the corner of the text area: text as the
 * content of its structure element, rules and fills as artifacts.
 */
export function drawSlices(canvas: PdfCanvas, tagger: DocumentTagger, placed: readonly PlacedSlice[], leftPt: number, topPt: number): void {
  for (const { slice, topPt: sliceTopPt, repeated } of placed) {
    if (slice.kind === 'line') {
      tagger.content(slice.node, () => drawText(canvas, slice.line, leftPt, topPt + sliceTopPt));
      drawUnderlines(canvas, tagger, slice.line, leftPt, topPt + sliceTopPt);
    } else drawRow(canvas, tagger, slice, leftPt, topPt + sliceTopPt, repeated === true);
  }
}

function drawText(canvas: PdfCanvas, line: TextLine, leftPt: number, topPt: number): void {
  const baselinePt = topPt + line.baselinePt;
  for (const fragment of line.fragments) {
    const { face, sizePt, risePt } = fragment.style;
    useFace(canvas, face, sizePt);
    writeText(canvas.pdf, fragment.text, leftPt + line.xPt + fragment.xPt, baselinePt - risePt);
  }
}

function drawUnderlines(canvas: PdfCanvas, tagger: DocumentTagger, line: TextLine, leftPt: number, topPt: number): void {
  const baselinePt = topPt + line.baselinePt;
  for (const fragment of line.fragments) {
    const { sizePt, underline } = fragment.style;
    if (!underline) continue;
    const xPt = leftPt + line.xPt + fragment.xPt;
    tagger.artifact(() =>
      canvas.pdf
        .save()
        .lineWidth(sizePt * 0.05)
        .moveTo(xPt, baselinePt + sizePt * 0.1)
        .lineTo(xPt + fragment.widthPt, baselinePt + sizePt * 0.1)
        .stroke()
        .restore(),
    );
  }
}

/** A row; a header printed again on a later page is an artifact, read once. */
function drawRow(canvas: PdfCanvas, tagger: DocumentTagger, row: RowSlice, leftPt: number, topPt: number, repeated: boolean): void {
  const { pdf } = canvas;
  for (const cell of row.cells) {
    const xPt = leftPt + cell.xPt;
    const fill = cell.fill;
    if (fill !== null) tagger.artifact(() => pdf.save().rect(xPt, topPt, cell.widthPt, row.heightPt).fill(`#${fill}`).restore());
    // Cell by cell, left to right: the order in which text extractors read the row.
    const text = () => {
      for (const line of cell.lines) drawText(canvas, line, xPt, topPt);
    };
    const link = row.link;
    if (repeated) tagger.artifact(text, 'Pagination');
    else if (link === null) tagger.content(cell.node, text);
    else tagger.link(cell.node, text, (structParent) => pdf.goTo(xPt, topPt, cell.widthPt, row.heightPt, link, linkOptions(structParent)));
    for (const line of cell.lines) drawUnderlines(canvas, tagger, line, xPt, topPt);
    tagger.artifact(() => pdf.save().lineWidth(BLOCK_DEFAULTS.tableBorderWidthPt).rect(xPt, topPt, cell.widthPt, row.heightPt).stroke().restore());
  }
}

// PDFKit files the annotation under `structParent` (its types do not list the option).
const linkOptions = (structParent: PDFKit.PDFStructureElement) => ({ structParent }) as PDFKit.Mixins.AnnotationOption;

/** Writes the running header centred in the top margin of the current page. */
export function drawRunningHeader(canvas: PdfCanvas, face: FontFace, text: string): void {
  const { pdf } = canvas;
  const sizePt = BLOCK_DEFAULTS.pageNumberFontSizePt;
  const widthPt = measureText(text, face, sizePt);
  useFace(canvas, face, sizePt);
  pdf.markContent('Artifact', { type: 'Pagination' });
  writeText(pdf, text, (pdf.page.width - widthPt) / 2, mmToPt(BLOCK_DEFAULTS.pageNumberBottomMm));
  pdf.endMarkedContent();
}

/** Writes `text` large and light grey, diagonally across the middle of the current page (opaque: no transparency in a PDF/A). */
export function drawWatermark(canvas: PdfCanvas, face: FontFace, text: string): void {
  const { pdf } = canvas;
  const sizePt = 110;
  const widthPt = measureText(text, { ...face, bold: true }, sizePt);
  const [cx, cy] = [pdf.page.width / 2, pdf.page.height / 2];
  pdf.markContent('Artifact', { type: 'Layout' });
  pdf.save();
  pdf.rotate(-Math.atan2(pdf.page.height, pdf.page.width) * (180 / Math.PI), { origin: [cx, cy] });
  useFace(canvas, { ...face, bold: true }, sizePt);
  writeText(pdf.fillColor('#d9d9d9'), text, cx - widthPt / 2, cy - sizePt / 3);
  pdf.restore();
  pdf.endMarkedContent();
  pdf.fillColor('black');
}
