import type { DashItem } from './dash-item';
import type { Heading } from './heading';
import type { KeepTogether } from './keep-together';
import type { PageBreak } from './page-break';
import type { Paragraph } from './paragraph';
import type { Spacer } from './spacer';
import type { Table } from './table';

/** Every block a document's body is made of. */
export type Block = Paragraph | Heading | DashItem | Table | Spacer | PageBreak | KeepTogether;
