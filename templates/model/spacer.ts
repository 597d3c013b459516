import type { BlockBase } from './block-base';

/** Blank vertical space; dropped at the top of a page, as paragraph spacing is. */
export interface Spacer extends BlockBase {
  kind: 'spacer';
  heightPt: number;
}

/** A spacer of `heightPt` points, e.g. `spacer(24)` before a signature. */
export function spacer(heightPt: number): Spacer {
  return { kind: 'spacer', heightPt };
}
