import { readFileSync } from 'node:fs';
import { templateFile } from '../template-files';
import type { FontFamily } from '../model';

/** One of the eight shipped faces (fonts/, SIL OFL 1.1, see fonts/LICENSE.txt). */
export interface FontFace {
  family: FontFamily;
  bold: boolean;
  italic: boolean;
}

const FILE_STEM: Record<FontFamily, string> = { serif: 'LiberationSerif', sans: 'LiberationSans' };

/** Name the face is registered under in a PDFKit document, e.g. 'serif-bold-italic'. */
export function faceKey(face: FontFace): string {
  return `${face.family}${face.bold ? '-bold' : ''}${face.italic ? '-italic' : ''}`;
}

// Read once per process: a recueil renders dozens of documents with the same eight files.
const fileCache = new Map<string, Buffer>();

/** The TrueType bytes of `face`, read from templates/render/fonts/ on first use. */
export function fontFileBytes(face: FontFace): Buffer {
  const style = face.bold ? (face.italic ? 'BoldItalic' : 'Bold') : face.italic ? 'Italic' : 'Regular';
  const name = `${FILE_STEM[face.family]}-${style}.ttf`;
  let bytes = fileCache.get(name);
  if (bytes === undefined) {
    bytes = readFileSync(templateFile(`render/fonts/${name}`));
    fileCache.set(name, bytes);
  }
  return bytes;
}

/**
 * Vertical metrics of Liberation 2.1 (hhea, in em), so that lines are placed without reaching
 * into PDFKit's private font objects. Both families share the 1.15 em line of Times/Arial.
 */
export const FONT_METRICS: Record<FontFamily, { ascentEm: number; descentEm: number }> = {
  serif: { ascentEm: 0.891, descentEm: 0.216 },
  sans: { ascentEm: 0.905, descentEm: 0.212 },
};

/** Height of a single-spaced line, in em: Word's "simple" spacing for these fonts. */
export const SINGLE_LINE_EM = 1.15;

/**
 * How Word names each family; `altName` and `panose` let Word pick the metric-compatible font
 * on a machine without Liberation installed.
 */
export const WORD_FONTS: Record<FontFamily, { name: string; altName: string; panose: string; family: string }> = {
  serif: { name: 'Liberation Serif', altName: 'Times New Roman', panose: '02020603050405020304', family: 'roman' },
  sans: { name: 'Liberation Sans', altName: 'Arial', panose: '020B0604020202020204', family: 'swiss' },
};
