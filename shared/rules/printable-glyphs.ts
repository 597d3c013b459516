import type { Act } from '../domain/session';
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
const NOT_DRAWN = /[\t\n\r\p{Cf}]/u;

/** The characters of `text` the font has no glyph for, each once, in their order. */
export function unprintableCharacters(text: string, printable: ReadonlySet<number>): string[] {
  const missing = new Set<string>();
  for (const c of text) if (!printable.has(c.codePointAt(0) ?? 0) && !NOT_DRAWN.test(c)) missing.add(c);
  return [...missing];
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

// « a », « b » et « c »
const listed = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items.at(-1) ?? ''}`);
