import type { Pdf } from './pdf-measure';

/** A glyph's placement as PDFKit's font encoder gives it, in thousandths of an em. */
interface GlyphPosition {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

/** What writing a line needs of PDFKit's current embedded font, a type PDFKit does not export. */
interface EmbeddedFont {
  id: string;
  ref(): unknown;
  /** Hexadecimal glyph ids of the document's subset (the glyphs marked as used) and their positions. */
  encode(text: string): [string[], GlyphPosition[]];
}

interface PdfTextState {
  _font: EmbeddedFont;
  _fontSize: number;
}

// PDFKit's number formatting (PDFObject.number): six decimals at most.
const number = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * Writes `text` in the current font and size, its baseline at `xPt`, `yPt` from the top-left
 * corner of the page: the very operators that PDFKit's `text(text, x, y, { lineBreak: false,
 * baseline: 'alphabetic' })` writes, byte for byte, without what that call adds for text it lays
 * out itself (its options merged, the string measured twice for alignment and for a cursor we
 * never use). The lines are laid out by pdf-lines.ts. `target` takes each operator line: the
 * page's content by default, or a form XObject's stream (see pdf-page-numbers.ts).
 */
export function writeText(pdf: Pdf, text: string, xPt: number, yPt: number, target?: TextTarget): void {
  if (text.length === 0) return;
  const { _font: font, _fontSize: sizePt } = pdf as unknown as PdfTextState;
  const page: Omit<TextTarget, 'write'> = target ?? pdf.page;
  const write = target === undefined ? (line: string) => void pdf.addContent(line) : (line: string) => target.write(line);
  // PDFKit's pages are drawn from the top-left corner, y downwards; text is set in PDF space.
  write('q');
  write(`1 0 0 -1 0 ${number(page.height)} cm`);
  let x = xPt;
  const y = page.height - yPt;
  page.fonts[font.id] ??= font.ref();
  write('BT');
  write(`1 0 0 1 ${number(x)} ${number(y)} Tm`);
  write(`/${font.id} ${number(sizePt)} Tf`);
  const [encoded, positions] = font.encode(text);
  const scale = sizePt / 1000;
  // Runs of glyphs in one TJ array, a kerning adjustment after a glyph whose advance differs from its width.
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  const addSegment = (cur: number): void => {
    if (last < cur) {
      const position = positions[cur - 1]!;
      commands.push(`<${encoded.slice(last, cur).join('')}> ${number(-(position.xAdvance - position.advanceWidth))}`);
    }
    last = cur;
  };
  const flush = (cur: number): void => {
    addSegment(cur);
    if (commands.length > 0) {
      write(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const position = positions[i]!;
    if (position.xOffset || position.yOffset) {
      flush(i);
      write(`1 0 0 1 ${number(x + position.xOffset * scale)} ${number(y + position.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        write(`1 0 0 1 ${number(x)} ${number(y)} Tm`);
        hadOffset = false;
      }
      if (position.xAdvance - position.advanceWidth !== 0) addSegment(i + 1);
    }
    x += position.xAdvance * scale;
  }
  flush(i);
  write('ET');
  write('Q');
}

/** Where text is written: a page, or a form XObject painted on one; `fonts` are its resources' fonts. */
export interface TextTarget {
  height: number;
  fonts: Record<string, unknown>;
  write(line: string): void;
}
