import type { BlockBase } from './block-base';
import type { Paragraph } from './paragraph';
import { toRuns, type Run, type RunsInput } from './run';
import type { Table } from './table';

/** A nested "* " line inside a dash item, e.g. the parts of a lot in a public contract. */
export interface SubItem extends BlockBase {
  kind: 'subItem';
  runs: Run[];
}

/** What may follow the first line of a dash item: continuation paragraphs, sub-items, tables. */
export type DashItemContent = Paragraph | SubItem | Table;

/** One "- " decision of a DECIDE block; the marker is added by the renderers. */
export interface DashItem extends BlockBase {
  kind: 'dashItem';
  runs: Run[];
  content: DashItemContent[];
}

/** A dash item, e.g. `dashItem("d'approuver la convention,", paragraph('concernant le lot 1 :'), subItem('pour …'))`. */
export function dashItem(first: RunsInput, ...content: DashItemContent[]): DashItem {
  return { kind: 'dashItem', runs: toRuns(first), content };
}

/** A "* " sub-item of a dash item. */
export function subItem(content: RunsInput): SubItem {
  return { kind: 'subItem', runs: toRuns(content) };
}
