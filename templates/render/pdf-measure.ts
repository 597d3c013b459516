import { create, type Font } from 'fontkit';
import type PDFDocument from 'pdfkit';
import { faceKey, fontFileBytes, type FontFace } from './fonts';

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

function parsedFont(face: FontFace): Font {
  const key = faceKey(face);
  let font = parsedFonts.get(key);
  if (font === undefined) {
    font = create(fontFileBytes(face)) as Font;
    parsedFonts.set(key, font);
  }
  return font;
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
// recueil. By face then text, so that looking a word up builds no key string.
const widthCache = new Map<string, Map<string, number>>();
const WIDTH_CACHE_LIMIT = 100_000;

/**
 * Width of `text` in `face` at `sizePt`, in points (kerning included), measured on the parsed font
 * and not through a PDF document: selecting a font there would add it to the document's resources
 * in an order that depends on what earlier documents left in the cache, and the bytes would differ
 * from one run to the next. Measured as PDFKit does: runs split after each space or tab.
 */
export function measureText(text: string, face: FontFace, sizePt: number): number {
  const key = faceKey(face);
  let widths = widthCache.get(key);
  if (widths === undefined) widthCache.set(key, (widths = new Map<string, number>()));
  let widthAt1Pt = widths.get(text);
  if (widthAt1Pt === undefined) {
    const font = parsedFont(face);
    let units = 0;
    for (const chunk of text.match(/[^ \t]*[ \t]?/g) ?? []) if (chunk !== '') units += font.layout(chunk).advanceWidth;
    widthAt1Pt = units / font.unitsPerEm;
    if (widths.size >= WIDTH_CACHE_LIMIT) widths.clear();
    widths.set(text, widthAt1Pt);
  }
  return widthAt1Pt * sizePt;
}
