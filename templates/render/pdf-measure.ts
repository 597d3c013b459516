import { create, type Font } from 'fontkit';
import type PDFDocument from 'pdfkit';
import { faceKey, fontFileBytes, type FontFace } from './fonts';
import { shapedRun } from './pdf-shaping';

/** A PDFKit document. */
export type Pdf = InstanceType<typeof PDFDocument>;

/** A PDFKit document with the faces it has been given so far. */
export interface PdfCanvas {
  pdf: Pdf;
  registered: Set<string>;
}

/** Wraps a fresh PDFKit document; faces are registered when first used. */
export function canvasOf(pdf: Pdf): PdfCanvas {
  return { pdf, registered: new Set() };
}

// Parsed once per process: parsing a TrueType file is most of the cost of a short document, and
// PDFKit accepts an already-parsed font (each document still embeds its own subset).
const parsedFonts = new Map<string, Font>();

/** `face` parsed by fontkit, once per process. */
export function parsedFont(face: FontFace): Font {
  const key = faceKey(face);
  let font = parsedFonts.get(key);
  if (font === undefined) {
    font = create(fontFileBytes(face)) as Font;
    keepDecodedGlyphs(font);
    parsedFonts.set(key, font);
  }
  return font;
}

/** What fontkit's glyphs and fonts have that its types do not list. */
interface DecodableGlyph {
  _decode(): unknown;
}
interface GlyphSource {
  getGlyph(id: number, codePoints?: number[]): DecodableGlyph;
}

/**
 * Each PDF embeds the subset of the glyphs it uses, and fontkit's subsetter decodes every glyph's
 * outline again for each document (only to learn whether it is made of other glyphs): ~40 % of the
 * time of an extract. The parsed font is shared by all documents and its glyph objects are kept
 * by fontkit: each glyph's outline is decoded once. Nothing here draws outlines or varies them
 * (the Liberation fonts have no variations): the decoded data is only read.
 */
function keepDecodedGlyphs(font: Font): void {
  const source = font as unknown as GlyphSource;
  const getGlyph = source.getGlyph.bind(source);
  const kept = new WeakSet<DecodableGlyph>();
  source.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    if (!kept.has(glyph)) {
      const decode = glyph._decode.bind(glyph);
      let decoded: { value: unknown } | null = null;
      glyph._decode = () => (decoded ??= { value: decode() }).value;
      kept.add(glyph);
    }
    return glyph;
  };
}

/** Selects `face` at `sizePt`, registering it in this document on first use. */
export function useFace(canvas: PdfCanvas, face: FontFace, sizePt: number): void {
  const key = faceKey(face);
  if (!canvas.registered.has(key)) {
    canvas.pdf.registerFont(key, parsedFont(face) as unknown as Buffer);
    canvas.registered.add(key);
  }
  canvas.pdf.font(key, sizePt);
}

// Widths at 1 pt by face, shared by every document: the same words come back in every act of a
// recueil. By face then text, so that looking a word up builds no key string. A text met for the
// first time ("Page 17 / 3562") is measured from its runs, shaped once for the measure and the
// writing (pdf-shaping): shaping a run with fontkit costs a hundred times a lookup, and most runs
// have been met before.
const widthCache = new Map<string, Map<string, number>>();
const WIDTH_CACHE_LIMIT = 100_000;
// The same face object is measured word after word (a run's style): its cache is found by the
// object, without building its key string for every word.
const widthsByFace = new WeakMap<FontFace, Map<string, number>>();

/**
 * Width of `text` in `face` at `sizePt`, in points (kerning included), measured on the parsed font
 * and not through a PDF document: selecting a font there would add it to the document's resources
 * in an order that depends on what earlier documents left in the cache, and the bytes would differ
 * from one run to the next. Measured as PDFKit does: runs split after each space or tab.
 */
export function measureText(text: string, face: FontFace, sizePt: number): number {
  let widths = widthsByFace.get(face);
  if (widths === undefined) {
    const key = faceKey(face);
    widths = widthCache.get(key);
    if (widths === undefined) widthCache.set(key, (widths = new Map<string, number>()));
    widthsByFace.set(face, widths);
  }
  let widthAt1Pt = widths.get(text);
  if (widthAt1Pt === undefined) {
    const font = parsedFont(face);
    let units = 0;
    for (const run of text.match(/[^ \t]*[ \t]?/g) ?? []) if (run !== '') units += shapedRun(font, run).advance;
    widthAt1Pt = units / font.unitsPerEm;
    if (widths.size >= WIDTH_CACHE_LIMIT) widths.clear();
    widths.set(text, widthAt1Pt);
  }
  return widthAt1Pt * sizePt;
}
