/** A glyph's placement as PDFKit's font encoder gives it, in thousandths of an em. */
export interface GlyphPosition {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

/** What of a fontkit glyph the encoding keeps. */
interface ShapedGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

/** What encoding needs of the parsed (fontkit) font, shared by every document. */
interface ParsedFont {
  layout(text: string): { glyphs: ShapedGlyph[]; positions: Record<string, number>[] };
}

/** What encoding needs of PDFKit's embedded font: the parsed font and this document's subset. */
export interface EncodingFont {
  font: ParsedFont;
  scale: number;
  subset: { includeGlyph(glyphId: number): number };
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
}

interface Shaped {
  glyphs: ShapedGlyph[];
  positions: GlyphPosition[];
}

// Shaped strings by parsed font, shared by every document: the extracts of a séance are as many
// PDF documents, each shaping again with fontkit the same words (a fifth of their time).
const shapedByFont = new WeakMap<ParsedFont, Map<string, Shaped>>();
const SHAPED_LIMIT = 20_000;

/**
 * What PDFKit's `EmbeddedFont.encode(text)` returns — the hexadecimal ids of the glyphs in this
 * document's subset and their positions — and what it does: the glyphs marked in the subset in
 * the same order, their widths and characters noted. The shaping itself (fontkit's layout, split
 * as PDFKit splits it after each space or tab) is kept across documents.
 */
export function encodeText(font: EncodingFont, text: string): [string[], GlyphPosition[]] {
  const { glyphs, positions } = shaped(font, text);
  const encoded: string[] = [];
  for (const glyph of glyphs) {
    const gid = font.subset.includeGlyph(glyph.id);
    encoded.push(`0000${gid.toString(16)}`.slice(-4));
    font.widths[gid] ??= glyph.advanceWidth * font.scale;
    font.unicode[gid] ??= glyph.codePoints;
  }
  return [encoded, positions];
}

function shaped(font: EncodingFont, text: string): Shaped {
  let cache = shapedByFont.get(font.font);
  if (cache === undefined) shapedByFont.set(font.font, (cache = new Map<string, Shaped>()));
  let found = cache.get(text);
  if (found === undefined) {
    found = { glyphs: [], positions: [] };
    let last = 0;
    let index = 0;
    while (index <= text.length) {
      if ((index === text.length && last < index) || text.charAt(index) === ' ' || text.charAt(index) === '\t') {
        const run = font.font.layout(text.slice(last, ++index));
        run.positions.forEach((position, i) => {
          const scaled: Record<string, number> = {};
          for (const key in position) scaled[key] = position[key]! * font.scale;
          scaled.advanceWidth = run.glyphs[i]!.advanceWidth * font.scale;
          found!.positions.push(scaled as unknown as GlyphPosition);
        });
        found.glyphs.push(...run.glyphs);
        last = index;
      } else index++;
    }
    if (cache.size >= SHAPED_LIMIT) cache.clear();
    cache.set(text, found);
  }
  return found;
}
