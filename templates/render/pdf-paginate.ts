import type { LineSlice, RowSlice, Slice, SlicedDocument } from './pdf-slices';

/** A slice at `topPt` points below the top of the text area. */
export interface PlacedSlice {
  slice: LineSlice | RowSlice;
  topPt: number;
  /** A table's header row printed again at the top of a page the table runs onto. */
  repeated?: true;
}

export interface Pagination {
  pages: PlacedSlice[][];
  /** Anchor → 0-based page index within the document. */
  anchorPages: Map<string, number>;
}

// Rounding in line heights must not push a line that exactly fits onto the next page.
const EPSILON_PT = 0.01;

/**
 * Fills pages of `bodyHeightPt` points with the slices, moving a keep-with-next chain to a new
 * page when it fits there but not here, and repeating table headers on the pages a table runs onto.
 */
export function paginate(sliced: SlicedDocument, bodyHeightPt: number): Pagination {
  const { slices } = sliced;
  const pages: PlacedSlice[][] = [[]];
  const anchorPages = new Map<string, number>();
  let y = 0;
  let page = pages[0]!;

  const newPage = (): void => {
    page = [];
    pages.push(page);
    y = 0;
  };
  const record = (anchors: readonly string[]): void => {
    for (const anchor of anchors) {
      if (anchorPages.has(anchor)) throw new Error(`Anchor "${anchor}" is used twice`);
      anchorPages.set(anchor, pages.length - 1);
    }
  };
  const repeatedHeaderOf = (slice: Slice): RowSlice | null =>
    slice.kind === 'row' && slice.header !== null && slice.header !== slice ? slice.header : null;

  const place = (slice: LineSlice | RowSlice): void => {
    if (page.length > 0) {
      if (y + slice.spaceBeforePt + slice.heightPt > bodyHeightPt + EPSILON_PT) newPage();
      else y += slice.spaceBeforePt;
    }
    const header = page.length === 0 ? repeatedHeaderOf(slice) : null;
    if (header !== null) {
      page.push({ slice: header, topPt: y, repeated: true });
      y += header.heightPt;
    }
    record(slice.anchors);
    page.push({ slice, topPt: y });
    y += slice.heightPt;
  };

  for (let first = 0; first < slices.length; ) {
    const slice = slices[first]!;
    if (slice.kind === 'pageBreak') {
      newPage();
      record(slice.anchors);
      first += 1;
      continue;
    }
    let last = first;
    while (last + 1 < slices.length && slices[last]!.keepWithNext && slices[last + 1]!.kind !== 'pageBreak') last += 1;
    const chain = slices.slice(first, last + 1) as (LineSlice | RowSlice)[];
    if (chain.length > 1 && page.length > 0) {
      const chainHeightPt = chain.reduce((sum, s, index) => sum + s.heightPt + (index > 0 ? s.spaceBeforePt : 0), 0);
      const fitsHere = y + slice.spaceBeforePt + chainHeightPt <= bodyHeightPt + EPSILON_PT;
      const fitsOnNewPage = (repeatedHeaderOf(slice)?.heightPt ?? 0) + chainHeightPt <= bodyHeightPt + EPSILON_PT;
      // A chain taller than a page cannot be kept whole: it simply flows.
      if (!fitsHere && fitsOnNewPage) newPage();
    }
    chain.forEach(place);
    first = last + 1;
  }
  record(sliced.trailingAnchors);
  return { pages, anchorPages };
}
