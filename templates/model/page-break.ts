import type { BlockBase } from './block-base';

/** Starts a new page; its anchor reports that new page. */
export interface PageBreak extends BlockBase {
  kind: 'pageBreak';
}

/** A page break. */
export function pageBreak(): PageBreak {
  return { kind: 'pageBreak' };
}
