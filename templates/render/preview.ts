import type { PreviewBlock } from '../../shared/contract/channels/acts';
import type { Block, Document, Run } from '../model';

/*
 * A document as plain blocks for the act editor's live preview: the same paragraphs, runs, items
 * and tables the PDF prints, without the page layout (that is the PDF's job).
 */

const runs = (list: readonly Run[]) =>
  list.map((r) => ({ text: r.text, bold: r.bold === true, italic: r.italic === true, superscript: r.superscript === true }));

function blocks(block: Block): PreviewBlock[] {
  switch (block.kind) {
    case 'paragraph':
      return [{ kind: 'paragraph', align: block.align ?? 'left', level: 0, indent: 0, runs: runs(block.runs) }];
    case 'heading':
      return [{ kind: 'paragraph', align: block.align ?? 'left', level: block.level, indent: 0, runs: runs(block.runs) }];
    case 'dashItem':
      return [
        { kind: 'paragraph', align: 'justify', level: 0, indent: 1, runs: runs(block.runs) },
        ...block.content.flatMap((c): PreviewBlock[] => {
          if (c.kind === 'table') return [{ kind: 'table', header: c.header ?? null, rows: c.rows }];
          return [{ kind: 'paragraph', align: 'justify', level: 0, indent: c.kind === 'subItem' ? 2 : 1, runs: runs(c.runs) }];
        }),
      ];
    case 'table':
      return [{ kind: 'table', header: block.header ?? null, rows: block.rows }];
    case 'keepTogether':
      return block.blocks.flatMap(blocks);
    case 'pageBreak':
      return [{ kind: 'pageBreak' }];
    case 'spacer':
      return [];
  }
}

/** The preview of a document, e.g. an act's extract. */
export function previewBlocks(doc: Document): PreviewBlock[] {
  return doc.blocks.flatMap(blocks);
}
