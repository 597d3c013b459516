import type { FontFamily } from '../model';
import type { FontFace } from './fonts';
import { parsedFont } from './pdf-measure';

const FAMILIES: readonly FontFamily[] = ['serif', 'sans'];
const FACES: readonly FontFace[] = FAMILIES.flatMap((family) =>
  [false, true].flatMap((bold) => [false, true].map((italic) => ({ family, bold, italic }))),
);

let printable: ReadonlySet<number> | undefined;

/**
 * The code points every face of the PDF renderer has a glyph for: a text made of them prints in
 * any template (serif or sans, in any run's style). Read from the fonts' character maps on first
 * use, then kept: the eight faces differ only by a few planet signs and private-use glyphs, which
 * no act needs. What the act's texts are checked against (shared/rules/printable-glyphs).
 */
export function printableCodePoints(): ReadonlySet<number> {
  if (printable === undefined) {
    const [first, ...others] = FACES.map((face) => new Set(parsedFont(face).characterSet));
    printable = new Set([...(first ?? [])].filter((c) => others.every((set) => set.has(c))));
  }
  return printable;
}
