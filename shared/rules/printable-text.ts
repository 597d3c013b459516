/*
 * What a text typed or imported may hold, for every door (the session file, the editor, the CLI,
 * the contract): the documents print it, and a DOCX's XML cannot hold a control character.
 */

/** One line of text (an object, a name, a place): the editor's limit. */
export const MAX_LINE = 2_000;
/** One paragraph (a visa, a considérant, an article). */
export const MAX_PARAGRAPH = 20_000;
/** Lines of a list (visas, articles, attendance names). */
export const MAX_LINES = 500;

// C0 controls but tab, line feed and carriage return, DEL and the C1 controls: not allowed in XML 1.0 documents.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// Anything but spaces, invisible format characters (zero-width space, joiners, BOM) and separators:
// found at the first letter of a text, where removing the invisible ones would copy it whole.
const VISIBLE = /[^\s\p{Cf}\p{Z}]/u;

/** A character as Unicode names it, e.g. 'U+001B', 'U+1F600'. */
export const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why `value` cannot be printed, in French, or null when it can: a control character (named by
 * its code point), or nothing visible at all (only spaces or zero-width characters).
 *
 * @example printableTextIssue('Séance\u001b') // 'caractère de contrôle interdit (U+001B)'
 * @example printableTextIssue('\u200b') // 'aucun caractère visible'
 */
export function printableTextIssue(value: string): string | null {
  const control = CONTROL.exec(value);
  if (control !== null) return `caractère de contrôle interdit (${codePoint(control[0])})`;
  if (!VISIBLE.test(value)) return 'aucun caractère visible';
  return null;
}
