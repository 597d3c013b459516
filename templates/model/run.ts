/**
 * A piece of text with one style. A "\n" inside `text` is a line break within the paragraph;
 * every other character, spaces included, is printed as given.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Printed smaller and raised, as the "er" of "1er". */
  superscript?: boolean;
}

/** Style flags of a run, without its text. */
export type RunStyle = Omit<Run, 'text'>;

/** What the helpers accept wherever a paragraph's content is expected. */
export type RunsInput = string | Run | readonly (string | Run)[];

/** A run of `text` with `style`, e.g. `run('DECIDE :', { bold: true })`. */
export function run(text: string, style: RunStyle = {}): Run {
  return { text, ...style };
}

/** A bold run, e.g. `bold('N° : G1')`. */
export function bold(text: string): Run {
  return { text, bold: true };
}

/** An italic run. */
export function italic(text: string): Run {
  return { text, italic: true };
}

/** A superscript run, e.g. `['1', sup('er'), ' février 2022']`. */
export function sup(text: string): Run {
  return { text, superscript: true };
}

/** Normalises helper input to a list of runs: plain strings become unstyled runs. */
export function toRuns(content: RunsInput): Run[] {
  const items = typeof content === 'string' || !Array.isArray(content) ? [content] : content;
  return items.map((item: string | Run) => (typeof item === 'string' ? { text: item } : item));
}
