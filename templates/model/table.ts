import type { Block } from './block';
import type { BlockBase } from './block-base';
import type { Alignment } from './paragraph';

/** A grid of plain-text cells; a "\n" in a cell is a line break. */
export interface Table extends BlockBase {
  kind: 'table';
  /** Column titles, printed bold and repeated at the top of every page the table runs onto. */
  header?: string[];
  rows: string[][];
  /** Relative widths, e.g. [1, 3, 1]; equal columns when unset. */
  columnWidths?: number[];
  /** Per-column alignment, e.g. amounts on the right; left when unset. */
  columnAlign?: Alignment[];
  /**
   * Per body row, the anchor the row links to in PDF (a sommaire line to the page where its act
   * starts), or null; unset: no links.
   */
  rowLinks?: readonly (string | null)[];
  /** Repeats the header on each page; true when unset. */
  repeatHeader?: boolean;
  fontSizePt?: number;
}

export type TableOptions = Omit<Table, 'kind' | 'header' | 'rows'>;

/** A table, e.g. `table(['Lot', 'Montant'], [['1', '22 240,00 €']], { columnWidths: [1, 2] })`. */
export function table(header: string[] | undefined, rows: string[][], options: TableOptions = {}): Table {
  const built: Table = { kind: 'table', rows, ...options };
  if (header !== undefined) built.header = header;
  assertTableShape(built);
  return built;
}

/** Number of columns of `t`; throws when rows, header, widths or alignments disagree. */
export function assertTableShape(t: Table): number {
  const columns = t.header?.length ?? t.rows[0]?.length ?? t.columnWidths?.length ?? 0;
  if (columns === 0) throw new Error('A table needs at least one column');
  const lengths = [
    ...(t.header ? [t.header.length] : []),
    ...t.rows.map((row) => row.length),
    ...(t.columnWidths ? [t.columnWidths.length] : []),
    ...(t.columnAlign ? [t.columnAlign.length] : []),
  ];
  if (lengths.some((length) => length !== columns)) {
    throw new Error(`Every row, the header, the widths and the alignments of a table need ${columns} columns`);
  }
  if (t.columnWidths?.some((width) => !(width > 0))) throw new Error('Table column widths must be positive');
  if (t.rowLinks !== undefined && t.rowLinks.length !== t.rows.length) throw new Error('A table needs one link (or null) per body row');
  return columns;
}

/**
 * `blocks` with every table row whose cells, joined by tabs, are a key of `links` linking to
 * that key's anchor, e.g. the sommaire's line `G25 OBJET\t12` to the page where G25 starts.
 */
export function linkRows(blocks: readonly Block[], links: ReadonlyMap<string, string>): Block[] {
  return blocks.map((block): Block => {
    if (block.kind === 'keepTogether') return { ...block, blocks: linkRows(block.blocks, links) };
    if (block.kind !== 'table') return block;
    const rowLinks = block.rows.map((row) => links.get(row.join('\t')) ?? null);
    return rowLinks.some((link) => link !== null) ? { ...block, rowLinks } : block;
  });
}
