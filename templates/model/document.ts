import type { Block } from './block';
import type { DocumentMeta } from './document-meta';
import { DEFAULT_PAGE_SETTINGS, type PageSettings } from './page-settings';
import { DEFAULT_TYPOGRAPHY, type Typography } from './typography';

/** One printable document: an extract, a convention, a recueil's cover… */
export interface Document {
  meta: DocumentMeta;
  page: PageSettings;
  typography: Typography;
  blocks: Block[];
}

export interface DocumentInput {
  meta: DocumentMeta;
  blocks: Block[];
  page?: Partial<PageSettings>;
  typography?: Partial<Typography>;
}

/** A document with default A4 margins and Liberation Serif 11 pt where `input` is silent. */
export function createDocument(input: DocumentInput): Document {
  return {
    meta: input.meta,
    page: { ...DEFAULT_PAGE_SETTINGS, ...input.page },
    typography: { ...DEFAULT_TYPOGRAPHY, ...input.typography },
    blocks: input.blocks,
  };
}

/** `doc` with `anchor` on its first block, to find the page where it starts (an act in a recueil). */
export function anchorDocument(doc: Document, anchor: string): Document {
  const [first, ...rest] = doc.blocks;
  if (first === undefined) throw new Error(`The document anchored at "${anchor}" has no block`);
  return { ...doc, blocks: [{ ...first, anchor }, ...rest] };
}
