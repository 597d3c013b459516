import { type EmbeddedFont, type PDF, type PDFPage, grayscale, layoutText, ops } from '@libpdf/core';
import { FONT_METRICS, fontFileBytes } from '../../../templates/render/fonts';
import { formatFrenchDateTime } from './dates';

/** Rectangle in page user space: lower-left x/y, width and height in points. */
export interface BlockRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const FONT_SIZE_PT = 9;
const LINE_HEIGHT_PT = 11;
const PADDING_PT = 6;
const SIDE_MARGIN_PT = 56.7; // 2 cm, the usual side margin of the acts
const BOTTOM_MARGIN_PT = 42.5; // 1.5 cm, under the last line of a standard act page
const MAX_WIDTH_PT = 482; // A4 width less the two margins
// The first baseline sits one ascender below the top padding.
const ASCENT_RATIO = FONT_METRICS.sans.ascentEm;

/**
 * Liberation Sans, the acts' own sans face, embedded (subset) in `doc`: PDF/A wants every font
 * embedded, and the standard Helvetica is not.
 */
export function embedStampFont(doc: PDF): EmbeddedFont {
  return doc.embedFont(fontFileBytes({ family: 'sans', bold: false, italic: false }));
}

/**
 * The sentence of the visible signature block.
 *
 * @example signatureStatement('Jean-Louis MASSON, Président du Conseil départemental', new Date('2025-03-14T08:15:00Z'))
 * // 'Signé électroniquement par Jean-Louis MASSON, Président du Conseil départemental, le 14/03/2025 à 09h15'
 */
export function signatureStatement(signerLabel: string, signingTime: Date, timeZone?: string): string {
  return `Signé électroniquement par ${signerLabel.trim()}, le ${formatFrenchDateTime(signingTime, timeZone)}`;
}

/**
 * Draws the statement in the page content (so that text extraction and printing show it) inside a
 * thin frame at the bottom of `page`, in `font` (see embedStampFont), and returns the frame for
 * the signature widget. It is marked as an artifact: the structure tree of a tagged PDF is signed
 * as it was published, and content outside it must be marked so.
 */
export function drawSignatureBlock(page: PDFPage, font: EmbeddedFont, statement: string): BlockRect {
  const box = page.getCropBox();
  const width = Math.min(MAX_WIDTH_PT, box.width - 2 * SIDE_MARGIN_PT);
  const textWidth = width - 2 * PADDING_PT;
  const { lines } = layoutText(statement, font, FONT_SIZE_PT, textWidth, LINE_HEIGHT_PT);
  const height = lines.length * LINE_HEIGHT_PT + 2 * PADDING_PT;
  const rect: BlockRect = { x: box.x + SIDE_MARGIN_PT, y: box.y + BOTTOM_MARGIN_PT, width, height };

  // @libpdf/core writes the tag as given (unlike setFont it adds no slash): the name is spelt whole.
  page.drawOperators([ops.beginMarkedContent('/Artifact')]);
  page.drawRectangle({ ...rect, borderColor: grayscale(0.5), borderWidth: 0.5 });
  page.drawText(statement, {
    x: rect.x + PADDING_PT,
    y: rect.y + height - PADDING_PT - ASCENT_RATIO * FONT_SIZE_PT,
    font,
    size: FONT_SIZE_PT,
    lineHeight: LINE_HEIGHT_PT,
    maxWidth: textWidth,
  });
  page.drawOperators([ops.endMarkedContent()]);
  return rect;
}
