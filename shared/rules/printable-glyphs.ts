import type { Act } from '../domain/session';
import { listed } from './plural';
import { codePoint } from './printable-text';

/*
 * Whether the PDF's font can draw an act's text: a character it has no glyph for (😀, ℃) is drawn
 * as nothing, and the extract and the recueil would lose it without a word. The font's characters
 * are read by templates/ (printableCodePoints) and handed in: this rule reads no file.
 */

/** The act's texts the extract prints, as the editor labels them. */
const PRINTED_FIELDS = {
  object: 'Objet',
  serviceCodeLines: 'Codes du service',
  examinationSentence: "Phrase d'examen",
  visas: 'Visas',
  considerants: 'Considérants',
  decisions: 'Décisions',
  decisionNotes: 'Notes',
} as const;

export type PrintedActField = keyof typeof PRINTED_FIELDS;
export const PRINTED_ACT_FIELDS = Object.keys(PRINTED_FIELDS) as PrintedActField[];

// Never drawn, so never missing: tabs and line breaks are the layout (a table's cells, a decision's
// lines), and format characters (zero-width space, joiners, byte order mark) are invisible by nature.
const NOT_DRAWN = '\\t\\n\\r\\p{Cf}';

// What acts are written with: ASCII, the Latin letters with their accents and combining marks,
// dashes, quotes, bullets, the ellipsis, the narrow no-break space and the euro sign.
const COMMON: readonly (readonly [number, number])[] = [[0x20, 0x7e], [0xa0, 0x36f], [0x2012, 0x2022], [0x2026, 0x2026], [0x202f, 0x202f], [0x20ac, 0x20ac]];

const escaped = (c: number) => `\\u{${c.toString(16)}}`;
/** A UTF-16 unit as a pattern without the u flag reads it, « \u00a0 ». */
const unit = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/**
 * Two patterns, each matching a character that is neither printable nor NOT_DRAWN. `exact` holds
 * every range of the font: checking 40 MB of acts' text with it (an import of 10 years) cost more
 * than the rest of the import's checks. `common` holds the few ranges of COMMON the font covers
 * whole and runs a dozen times quicker; a text it finds nothing in is printable, and only a text
 * holding another character is scanned by `exact`.
 */
interface Screens {
  common: RegExp;
  exact: RegExp;
}

const screens = new WeakMap<ReadonlySet<number>, Screens>();

function screensOf(printable: ReadonlySet<number>): Screens {
  let found = screens.get(printable);
  if (found === undefined) {
    const covered = COMMON.filter(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i).every((c) => printable.has(c)));
    const common = covered.map(([from, to]) => `${unit(from)}-${unit(to)}`).join('');
    // Without the u flag, three times quicker: COMMON's ranges are all UTF-16 units, and a character
    // beyond them (two units) matches as it should, then is told apart by `exact`.
    found = { common: new RegExp(`[^\\t\\n\\r${common}]`), exact: new RegExp(`[^${ranges(printable)}${NOT_DRAWN}]`, 'gu') };
    screens.set(printable, found);
  }
  return found;
}

/** The code points of `printable` as the ranges of a character class, e.g. « \u{20}-\u{7e}\u{a0}-\u{36f} ». */
function ranges(printable: ReadonlySet<number>): string {
  const points = [...printable].sort((a, b) => a - b);
  const found: string[] = [];
  for (let i = 0; i < points.length; ) {
    let j = i;
    while (j + 1 < points.length && points[j + 1] === (points[j] ?? 0) + 1) j++;
    found.push(`${escaped(points[i] ?? 0)}-${escaped(points[j] ?? 0)}`);
    i = j + 1;
  }
  return found.join('');
}

/** The characters of `text` the font has no glyph for, each once, in their order. */
export function unprintableCharacters(text: string, printable: ReadonlySet<number>): string[] {
  const { common, exact } = screensOf(printable);
  return common.test(text) ? [...new Set(text.match(exact))] : [];
}

const quoted = (c: string) => `« ${c} » (${codePoint(c)})`;

/**
 * The first of the act's printed texts (among `fields`: the editor gives those its save changes)
 * holding a character the font cannot draw, with the refusal naming the field as the editor labels
 * it and the characters; null when all can be printed.
 *
 * @example unprintableActText({ ...act, visas: ['Vu 😀'] }, printable)
 * // { field: 'visas', message: "Visas : le caractère « 😀 » (U+1F600) ne peut pas être imprimé dans l'extrait ; retirez-le ou remplacez-le." }
 */
export function unprintableActText(
  texts: Pick<Act, PrintedActField>,
  printable: ReadonlySet<number>,
  fields: readonly PrintedActField[] = PRINTED_ACT_FIELDS,
): { field: PrintedActField; message: string } | null {
  for (const field of fields) {
    const value = texts[field];
    if (value === null) continue;
    const missing = unprintableCharacters(typeof value === 'string' ? value : value.join('\n'), printable);
    if (missing.length === 0) continue;
    const named = listed(missing.map(quoted));
    const message =
      missing.length === 1
        ? `le caractère ${named} ne peut pas être imprimé dans l'extrait ; retirez-le ou remplacez-le.`
        : `les caractères ${named} ne peuvent pas être imprimés dans l'extrait ; retirez-les ou remplacez-les.`;
    return { field, message: `${PRINTED_FIELDS[field]} : ${message}` };
  }
  return null;
}
