import type { Alignment } from '../model';

/** How a template block is laid out: the options written after its directive. */
export interface BlockStyle {
  align: Alignment | undefined;
  bold: boolean;
  italic: boolean;
  /** The block is not split across pages and stays with the next one. */
  keepTogether: boolean;
  /** Printed only when this placeholder has a value. */
  onlyIf: string | undefined;
  /** Printed only when this placeholder has no value (`sauf=`): the other branch of an `si=`. */
  unless?: string | undefined;
}

/**
 * One block of a template file:
 * - `paragraph`/`heading`: text with placeholders; each line of the file is a line of the paragraph;
 * - `each`: one paragraph per element of a list placeholder, `{élément}` standing for the element;
 * - `decisions`: the act's decisions as dash items, with their continuation lines, sub-items and tables;
 * - `lines`: a list placeholder printed one element per line (the service codes);
 * - `table`: a list placeholder printed one element per row, its cells separated by tabs (the sommaire);
 * - `pageBreak`.
 */
export type TemplateBlock =
  | { kind: 'paragraph' | 'heading'; text: string; style: BlockStyle; line: number }
  | { kind: 'each'; list: string; text: string; style: BlockStyle; line: number }
  | { kind: 'lines'; list: string; style: BlockStyle; line: number }
  | { kind: 'decisions'; list: string; style: BlockStyle; line: number }
  | { kind: 'table'; list: string; columns: TableColumns; style: BlockStyle; line: number }
  | { kind: 'pageBreak'; style: BlockStyle; line: number };

/** Columns of a `@tableau` block: relative widths and alignments, one per column. */
export interface TableColumns {
  widths: number[];
  align: Alignment[];
}

export interface Template {
  name: string;
  blocks: TemplateBlock[];
}

/**
 * What a template may refer to: each placeholder with a one-line description, in French. Declared
 * with defineCatalogue() so that its field names are literal types, which the values are checked against.
 */
export interface Catalogue<T extends string = string, L extends string = string> {
  texts: Record<T, string>;
  lists: Record<L, string>;
}

/**
 * The values a template is filled with. A null or empty value leaves an `si=` block out.
 * Typed by its catalogue, e.g. TemplateValues<typeof EXTRACT_CATALOGUE>: a misspelt or missing field
 * does not compile.
 */
export interface TemplateValues<C extends Catalogue = Catalogue> {
  texts: Record<keyof C['texts'], string | null>;
  lists: Record<keyof C['lists'], readonly string[]>;
}

/**
 * A catalogue whose field names are kept as literal types, e.g.
 * defineCatalogue({ texts: { 'acte.numéro': "numéro de l'acte" }, lists: {} }).
 */
export function defineCatalogue<T extends string, L extends string = never>(catalogue: Catalogue<T, L>): Catalogue<T, L> {
  return catalogue;
}

/**
 * A template as the app ships it, declared in its own folder: its name (the key of its saved
 * version, `template.<name>` in the register's settings), its file under templates/, what the
 * Paramètres screen says of it, the fields it may use, and its loader.
 */
export interface TemplateDescription<N extends string = string> {
  name: N;
  /** Path under templates/, e.g. 'extrait/extrait.modele'. */
  file: string;
  title: string;
  purpose: string;
  catalogue: Catalogue;
  /** Parses a source against the catalogue: throws the engine's French message with its line. */
  load: (source: string) => Template;
}
