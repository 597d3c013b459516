import type { Block, DashItemContent, Paragraph, Run } from '../model';
import { dashItem, heading, keepTogether, pageBreak, paragraph, subItem, table } from '../model';
import type { BlockStyle, Template, TemplateBlock, TemplateValues } from './template';

/**
 * Replaces each `{nom}` by its value, taken literally: a value that contains braces, `<` or `&`
 * is printed as it is, never read as a placeholder.
 */
export function fillText(text: string, values: Record<string, string | null>): string {
  return text.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (match, name: string | undefined) => {
    if (match === '{{') return '{';
    if (match === '}}') return '}';
    return values[(name ?? '').trim()] ?? '';
  });
}

/** The document blocks of a filled template. */
export function fillTemplate(template: Template, values: TemplateValues): Block[] {
  const blocks: Block[] = [];
  for (const b of template.blocks) {
    if (!present(b.style.onlyIf, values)) continue;
    if (b.style.unless !== undefined && present(b.style.unless, values)) continue;
    const made = toBlocks(b, values);
    if (b.style.keepTogether && made.length > 0) blocks.push(keepTogether(...made));
    else blocks.push(...made);
  }
  return blocks;
}

function present(name: string | undefined, values: TemplateValues): boolean {
  if (name === undefined) return true;
  const list = values.lists[name];
  if (list !== undefined) return list.length > 0;
  const text = values.texts[name];
  return text !== null && text !== undefined && text !== '';
}

const runs = (text: string, style: BlockStyle): Run[] => [
  { text, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) },
];
const options = (style: BlockStyle) => (style.align === undefined ? {} : { align: style.align });

function toBlocks(b: TemplateBlock, values: TemplateValues): Block[] {
  switch (b.kind) {
    case 'paragraph':
      return [paragraph(runs(fillText(b.text, values.texts), b.style), options(b.style))];
    case 'heading':
      return [heading(1, runs(fillText(b.text, values.texts), b.style), options(b.style))];
    case 'each':
      return (values.lists[b.list] ?? []).map((element) =>
        paragraph(runs(fillText(b.text, { ...values.texts, élément: element }), b.style), options(b.style)),
      );
    case 'lines': {
      const lines = values.lists[b.list] ?? [];
      return lines.length === 0 ? [] : [paragraph(runs(lines.join('\n'), b.style), options(b.style))];
    }
    case 'decisions':
      return (values.lists[b.list] ?? []).map(decisionItem);
    case 'table': {
      const rows = (values.lists[b.list] ?? []).map((element) => element.split('\t'));
      return rows.length === 0 ? [] : [table(undefined, rows, { columnWidths: b.columns.widths, columnAlign: b.columns.align })];
    }
    case 'pageBreak':
      return [pageBreak()];
  }
}

/**
 * One decision as a dash item: its first line after "- " (a dash typed before it left out), then its continuation lines — a line
 * starting with "* " is a sub-item, consecutive lines with tabs are a table (the first its header).
 */
export function decisionItem(decision: string): Block {
  const [first = '', ...rest] = decision.split('\n');
  const content: DashItemContent[] = [];
  let rows: string[][] = [];
  const flushTable = () => {
    if (rows.length === 0) return;
    const [header, ...body] = rows;
    content.push(body.length === 0 ? table(undefined, rows) : table(header, body));
    rows = [];
  };
  for (const line of rest) {
    if (line.includes('\t')) {
      rows.push(line.split('\t'));
      continue;
    }
    flushTable();
    content.push(line.startsWith('* ') ? subItem(line.slice(2)) : continuation(line));
  }
  flushTable();
  return dashItem(first.replace(TYPED_DASH, ''), ...content);
}

// The dash a secretary types or pastes before a decision, as the published recueil shows them: the
// item prints its own, never two (« - - d'accorder »).
const TYPED_DASH = /^[-–—]\s+/;

const continuation = (line: string): Paragraph => paragraph(line);
