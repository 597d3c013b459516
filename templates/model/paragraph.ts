import type { BlockBase } from './block-base';
import { toRuns, type Run, type RunsInput } from './run';

export type Alignment = 'left' | 'center' | 'right' | 'justify';

/** Spacing and flow options shared by paragraphs and headings; unset values take BLOCK_DEFAULTS. */
export interface ParagraphOptions extends BlockBase {
  align?: Alignment;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Keeps the paragraph's last line on the same page as the next block. */
  keepWithNext?: boolean;
  indentLeftMm?: number;
  /** Overrides the document's body size. */
  fontSizePt?: number;
}

export interface Paragraph extends ParagraphOptions {
  kind: 'paragraph';
  runs: Run[];
}

/** A paragraph, e.g. `paragraph(['Séance du ', bold('16 octobre 2023')], { align: 'center' })`. */
export function paragraph(content: RunsInput, options: ParagraphOptions = {}): Paragraph {
  return { kind: 'paragraph', runs: toRuns(content), ...options };
}
