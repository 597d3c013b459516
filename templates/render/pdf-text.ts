import type { Pdf } from './pdf-measure';
import { ADVANCE_WIDTH, encodeText, POSITION_FIELDS, X_ADVANCE, X_OFFSET, Y_OFFSET, type EncodingFont, type GlyphPositions } from './pdf-shaping';

/** What writing a line needs of PDFKit's current embedded font, a type PDFKit does not export. */
interface EmbeddedFont extends EncodingFont {
  id: string;
  ref(): unknown;
}

interface PdfTextState {
  _font: EmbeddedFont;
  _fontSize: number;
}

// PDFKit's number formatting (PDFObject.number): six decimals at most.
const number = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * The `TJ` operator of a string in one embedded font, which depends neither on the size nor on
 * the position: a registre writes the same words thousands of times, and encoding them (shaping,
 * marking the glyphs in the subset, formatting hexadecimal ids) was a fifth of its time. Kept per
 * embedded font, so per PDF document: the glyph ids are those of that document's subset, and a
 * string met again has its glyphs in the subset already. Null for a string whose glyphs are
 * shifted (combining marks): its operators depend on the position and are not kept.
 */
const glyphRuns = new WeakMap<EmbeddedFont, Map<string, string | null>>();
// Lines of a year's acts are mostly unique: the memory kept stays bounded, the boilerplate cached.
const GLYPH_RUNS_LIMIT = 20_000;

/**
 * Writes `text` in the current font and size, its baseline at `xPt`, `yPt` from the top-left
 * corner of the page: the very operators that PDFKit's `text(text, x, y, { lineBreak: false,
 * baseline: 'alphabetic' })` writes, byte for byte, without what that call adds for text it lays
 * out itself (its options merged, the string measured twice for alignment and for a cursor we
 * never use). The operators go in one write, not one a line: PDFKit turns each write into bytes
 * of its own. The lines are laid out by pdf-lines.ts. `target` takes the operators: the page's
 * content by default, or a form XObject's stream (see pdf-page-numbers.ts).
 */
export function writeText(pdf: Pdf, text: string, xPt: number, yPt: number, target?: TextTarget): void {
  if (text.length === 0) return;
  const { _font: font, _fontSize: sizePt } = pdf as unknown as PdfTextState;
  const page: Omit<TextTarget, 'write'> = target ?? pdf.page;
  // PDFKit's pages are drawn from the top-left corner, y downwards; text is set in PDF space.
  const y = page.height - yPt;
  page.fonts[font.id] ??= font.ref();
  const opening = `q\n1 0 0 -1 0 ${number(page.height)} cm\nBT\n1 0 0 1 ${number(xPt)} ${number(y)} Tm\n/${font.id} ${number(sizePt)} Tf`;
  let runs = glyphRuns.get(font);
  if (runs === undefined) glyphRuns.set(font, (runs = new Map<string, string | null>()));
  let glyphs = runs.get(text);
  if (glyphs === undefined) {
    glyphs = unshiftedGlyphs(encodeText(font, text));
    if (runs.size >= GLYPH_RUNS_LIMIT) runs.clear();
    runs.set(text, glyphs);
  }
  const operators = glyphs ?? shiftedGlyphs(encodeText(font, text), xPt, y, sizePt / 1000);
  // A PDF's content is Latin-1 bytes; PDFKit ends each string it is given with a newline.
  const content = operators === '' ? `${opening}\nET\nQ` : `${opening}\n${operators}\nET\nQ`;
  if (target === undefined) pdf.addContent(content);
  else target.write(content);
}

/**
 * Runs of glyphs in one TJ array, a kerning adjustment after a glyph whose advance differs from
 * its width ('' for no glyph); null when a glyph is shifted.
 */
function unshiftedGlyphs([encoded, positions]: [string[], GlyphPositions]): string | null {
  const commands: string[] = [];
  const count = encoded.length;
  let last = 0;
  for (let i = 0; i < count; i++) {
    const at = i * POSITION_FIELDS;
    if (positions[at + X_OFFSET] || positions[at + Y_OFFSET]) return null;
    const kerning = positions[at + X_ADVANCE]! - positions[at + ADVANCE_WIDTH]!;
    if (kerning !== 0 || i === count - 1) {
      commands.push(`<${encoded.slice(last, i + 1).join('')}> ${number(-kerning)}`);
      last = i + 1;
    }
  }
  return commands.length === 0 ? '' : `[${commands.join(' ')}] TJ`;
}

/** As PDFKit writes a run whose glyphs are shifted: each shifted glyph placed by its own text matrix. */
function shiftedGlyphs([encoded, positions]: [string[], GlyphPositions], x0: number, y: number, scale: number): string {
  const lines: string[] = [];
  const commands: string[] = [];
  const xAdvance = (i: number) => positions[i * POSITION_FIELDS + X_ADVANCE]!;
  const kerning = (i: number) => xAdvance(i) - positions[i * POSITION_FIELDS + ADVANCE_WIDTH]!;
  let x = x0;
  let last = 0;
  let hadOffset = false;
  const addSegment = (cur: number): void => {
    if (last < cur) commands.push(`<${encoded.slice(last, cur).join('')}> ${number(-kerning(cur - 1))}`);
    last = cur;
  };
  const flush = (cur: number): void => {
    addSegment(cur);
    if (commands.length > 0) {
      lines.push(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < encoded.length; i++) {
    const xOffset = positions[i * POSITION_FIELDS + X_OFFSET]!;
    const yOffset = positions[i * POSITION_FIELDS + Y_OFFSET]!;
    if (xOffset || yOffset) {
      flush(i);
      lines.push(`1 0 0 1 ${number(x + xOffset * scale)} ${number(y + yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        lines.push(`1 0 0 1 ${number(x)} ${number(y)} Tm`);
        hadOffset = false;
      }
      if (kerning(i) !== 0) addSegment(i + 1);
    }
    x += xAdvance(i) * scale;
  }
  flush(i);
  return lines.join('\n');
}

/** Where text is written: a page, or a form XObject painted on one; `fonts` are its resources' fonts. */
export interface TextTarget {
  height: number;
  fonts: Record<string, unknown>;
  write(line: string): void;
}
