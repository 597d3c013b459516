import type { Block } from './block';
import type { BlockBase } from './block-base';

/**
 * Blocks printed on one page when they fit on one, e.g. the signature and the certification
 * of an act. A group taller than a page flows normally.
 */
export interface KeepTogether extends BlockBase {
  kind: 'keepTogether';
  blocks: Block[];
}

/** A keep-together group, e.g. `keepTogether(signature, spacer(12), certification)`. */
export function keepTogether(...blocks: Block[]): KeepTogether {
  return { kind: 'keepTogether', blocks };
}
