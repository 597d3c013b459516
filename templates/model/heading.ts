import type { ParagraphOptions } from './paragraph';
import { toRuns, type Run, type RunsInput } from './run';

export type HeadingLevel = 1 | 2 | 3;

/** A bold title line, kept with the next block unless `keepWithNext` is false. */
export interface Heading extends ParagraphOptions {
  kind: 'heading';
  level: HeadingLevel;
  runs: Run[];
}

/** A heading, e.g. `heading(1, 'Extrait du registre des délibérations', { align: 'center' })`. */
export function heading(level: HeadingLevel, content: RunsInput, options: ParagraphOptions = {}): Heading {
  return { kind: 'heading', level, runs: toRuns(content), ...options };
}
