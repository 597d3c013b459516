export type { Block } from './block';
export type { BlockBase } from './block-base';
export { BLOCK_DEFAULTS } from './block-defaults';
export { dashItem, subItem, type DashItem, type DashItemContent, type SubItem } from './dash-item';
export { anchorDocument, createDocument, type Document, type DocumentInput } from './document';
export { creationDate, type DocumentMeta } from './document-meta';
export { heading, type Heading, type HeadingLevel } from './heading';
export { keepTogether, type KeepTogether } from './keep-together';
export { pageBreak, type PageBreak } from './page-break';
export {
  A4_HEIGHT_MM,
  A4_WIDTH_MM,
  DEFAULT_PAGE_SETTINGS,
  type PageNumbering,
  type PageSettings,
} from './page-settings';
export { paragraph, type Alignment, type Paragraph, type ParagraphOptions } from './paragraph';
export { bold, italic, run, sup, toRuns, type Run, type RunStyle, type RunsInput } from './run';
export { spacer, type Spacer } from './spacer';
export { assertTableShape, linkRows, table, type Table, type TableOptions } from './table';
export { DEFAULT_TYPOGRAPHY, type FontFamily, type Typography } from './typography';
export { mmToPt, PT_PER_MM } from './units';
