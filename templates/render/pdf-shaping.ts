/**
 * The glyphs' placements, in thousandths of an em as PDFKit's font encoder gives them (in font
 * units as the shaping cache keeps them): four numbers a glyph, end to end — its advance, its width, its horizontal and vertical offsets (see the
 * POSITION_* indexes). A flat array of numbers holds them unboxed: an object a glyph held four
 * boxed numbers, most of the shaping cache.
 */
export type GlyphPositions = number[];
export const POSITION_FIELDS = 4;
export const X_ADVANCE = 0;
export const ADVANCE_WIDTH = 1;
export const X_OFFSET = 2;
export const Y_OFFSET = 3;

/** What of a fontkit glyph the encoding keeps. */
interface ShapedGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

/** What shaping needs of the parsed (fontkit) font, shared by every document. */
export interface ParsedFont {
  layout(text: string): { glyphs: ShapedGlyph[]; positions: { xAdvance: number; xOffset: number; yOffset: number }[] };
}

/** What encoding needs of PDFKit's embedded font: the parsed font and this document's subset. */
export interface EncodingFont {
  font: ParsedFont;
  scale: number;
  subset: { includeGlyph(glyphId: number): number };
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
}

/** A run as fontkit shapes it: its glyphs, their placements and its advance, in font units. */
export interface Shaped {
  glyphs: ShapedGlyph[];
  positions: GlyphPositions;
  advance: number;
}

// Shaped runs (a word and the space after it, as PDFKit splits a string) by parsed font, shared by
// every document and by both uses of a word: its width when the page is laid out (pdf-measure)
// and its glyphs when it is written (encodeText) — shaped once, not once for each (the first
// shaping of a book's few thousand words was most of a recueil's fixed cost). Kept by run, not by
// line: a year's registre writes tens of thousands of different lines but only a few thousand
// different words.
const shapedByFont = new WeakMap<ParsedFont, Map<string, Shaped>>();
const SHAPED_LIMIT = 20_000;

/** One run shaped by fontkit, e.g. shapedRun(font, 'délibération ') — kept for the next time. */
export function shapedRun(font: ParsedFont, run: string): Shaped {
  let cache = shapedByFont.get(font);
  if (cache === undefined) shapedByFont.set(font, (cache = new Map<string, Shaped>()));
  let found = cache.get(run);
  if (found === undefined) {
    const { glyphs, positions } = font.layout(run);
    const placements: GlyphPositions = [];
    let advance = 0;
    positions.forEach((position, i) => {
      placements.push(position.xAdvance, glyphs[i]!.advanceWidth, position.xOffset, position.yOffset);
      advance += position.xAdvance;
    });
    found = { glyphs, positions: placements, advance };
    if (cache.size >= SHAPED_LIMIT) cache.clear();
    cache.set(run, found);
  }
  return found;
}

/**
 * What PDFKit's `EmbeddedFont.encode(text)` returns — the hexadecimal ids of the glyphs in this
 * document's subset and their positions — and what it does: the glyphs marked in the subset in
 * the same order, their widths and characters noted. The shaping itself (fontkit's layout, split
 * as PDFKit splits it after each space or tab) is kept across documents.
 */
export function encodeText(font: EncodingFont, text: string): [string[], GlyphPositions] {
  const encoded: string[] = [];
  const positions: GlyphPositions = [];
  let last = 0;
  let index = 0;
  while (index <= text.length) {
    if ((index === text.length && last < index) || text.charAt(index) === ' ' || text.charAt(index) === '\t') {
      const run = shapedRun(font.font, text.slice(last, ++index));
      for (const glyph of run.glyphs) {
        const gid = font.subset.includeGlyph(glyph.id);
        encoded.push(`0000${gid.toString(16)}`.slice(-4));
        font.widths[gid] ??= glyph.advanceWidth * font.scale;
        font.unicode[gid] ??= glyph.codePoints;
      }
      // Scaled to thousandths of an em, as PDFKit scales them.
      for (const position of run.positions) positions.push(position * font.scale);
      last = index;
    } else index++;
  }
  return [encoded, positions];
}
