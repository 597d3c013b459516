import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  LineRuleType,
  Paragraph as DocxParagraph,
  ShadingType,
  Tab,
  Table as DocxTable,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IParagraphOptions,
} from 'docx';
import {
  assertTableShape,
  BLOCK_DEFAULTS,
  type Alignment,
  type Block,
  type Document,
  type HeadingLevel as ModelHeadingLevel,
  type Paragraph,
  type ParagraphOptions,
  type Run,
  type Table,
} from '../model';

/** Twentieths of a point, Word's unit for spacing, indents and widths. */
export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

/** Millimetres to twentieths of a point. */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

const BORDER = { style: BorderStyle.SINGLE, size: BLOCK_DEFAULTS.tableBorderWidthPt * 8, color: '000000' };

/** Word's text runs for `runs`: "\n" becomes a line break and "\t" a tab. */
export function textRuns(runs: readonly Run[], overrides: { sizePt?: number; bold?: boolean } = {}): TextRun[] {
  return runs.flatMap((run) =>
    run.text.split('\n').map(
      (line, index) =>
        new TextRun({
          children: line.split('\t').flatMap((part, tabIndex) => (tabIndex > 0 ? [new Tab(), part] : [part])),
          // Only what differs from the defaults is written, so the XML stays readable.
          ...(index > 0 ? { break: 1 } : {}),
          ...(overrides.bold === true || run.bold === true ? { bold: true } : {}),
          ...(run.italic === true ? { italics: true } : {}),
          ...(run.underline === true ? { underline: {} } : {}),
          ...(run.superscript === true ? { superScript: true } : {}),
          ...(overrides.sizePt === undefined ? {} : { size: overrides.sizePt * 2 }),
        }),
    ),
  );
}

interface Flow {
  /** Set on the next paragraph; a model page break has no paragraph of its own. */
  pageBreakBefore: boolean;
  /**
   * Space of spacers and after tables, added above the next paragraph as the PDF does, rather
   * than as empty paragraphs that could spill onto a page of their own.
   */
  pendingSpacePt: number;
  /** Word merges two tables that touch: the second one needs a paragraph before it. */
  afterTable: boolean;
  /** Inside a keep-together group every paragraph but the group's last is kept with the next. */
  keepTogether: boolean;
}

/** The Word body of `doc`: paragraphs and tables in the model's order. */
export function docxBody(doc: Document, textWidthTwip: number): FileChild[] {
  const { fontSizePt: bodySizePt, lineSpacing } = doc.typography;
  const flow: Flow = { pageBreakBefore: false, pendingSpacePt: 0, afterTable: false, keepTogether: false };
  const children: FileChild[] = [];
  const line = { line: Math.round(240 * lineSpacing), lineRule: LineRuleType.AUTO };

  const paragraphOf = (
    runs: readonly Run[],
    options: ParagraphOptions,
    defaults: { align: Alignment; spaceBeforePt: number; spaceAfterPt: number; keepWithNext: boolean },
    extra: Partial<IParagraphOptions> & { bold?: boolean } = {},
  ): DocxParagraph => {
    const { bold, ...paragraphExtra } = extra;
    const paragraph = new DocxParagraph({
      children: textRuns(runs, {
        ...(options.fontSizePt === undefined ? {} : { sizePt: options.fontSizePt }),
        ...(bold === undefined ? {} : { bold }),
      }),
      alignment: ALIGNMENT[options.align ?? defaults.align],
      spacing: {
        before: ptToTwip(flow.pendingSpacePt + (options.spaceBeforePt ?? defaults.spaceBeforePt)),
        after: ptToTwip(options.spaceAfterPt ?? defaults.spaceAfterPt),
        ...line,
      },
      ...(options.indentLeftMm === undefined ? {} : { indent: { left: mmToTwip(options.indentLeftMm) } }),
      ...(flow.keepTogether || (options.keepWithNext ?? defaults.keepWithNext) ? { keepNext: true } : {}),
      ...(flow.keepTogether ? { keepLines: true } : {}),
      ...(flow.pageBreakBefore ? { pageBreakBefore: true } : {}),
      // Explicit because a paragraph without it has no widow control in the OOXML default.
      widowControl: true,
      ...paragraphExtra,
    });
    Object.assign(flow, { pageBreakBefore: false, pendingSpacePt: 0, afterTable: false });
    return paragraph;
  };

  const bodyDefaults = {
    align: BLOCK_DEFAULTS.paragraphAlign,
    spaceBeforePt: BLOCK_DEFAULTS.paragraphSpaceBeforePt,
    spaceAfterPt: BLOCK_DEFAULTS.paragraphSpaceAfterPt,
    keepWithNext: false,
  };

  // An empty paragraph of exactly `heightPt`: what carries a page break or space above a table.
  const gap = (heightPt: number): DocxParagraph => {
    const paragraph = new DocxParagraph({
      spacing: { before: 0, after: 0, line: Math.max(1, ptToTwip(heightPt)), lineRule: LineRuleType.EXACT },
      ...(flow.keepTogether ? { keepNext: true } : {}),
      ...(flow.pageBreakBefore ? { pageBreakBefore: true } : {}),
    });
    Object.assign(flow, { pageBreakBefore: false, pendingSpacePt: 0, afterTable: false });
    return paragraph;
  };

  const tableOf = (t: Table): FileChild[] => {
    const columns = assertTableShape(t);
    const weights = t.columnWidths ?? Array.from({ length: columns }, () => 1);
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
    const widths = weights.map((weight) => Math.round((textWidthTwip * weight) / totalWeight));
    const sizePt = t.fontSizePt ?? BLOCK_DEFAULTS.tableFontSizePt;
    const rowOf = (cells: readonly string[], isHeader: boolean): TableRow =>
      new TableRow({
        ...(isHeader && t.repeatHeader !== false ? { tableHeader: true } : {}),
        ...(flow.keepTogether ? { cantSplit: true } : {}),
        ...(flow.keepTogether || isHeader ? { keepNext: true } : {}),
        children: cells.map(
          (text, index) =>
            new TableCell({
              width: { size: widths[index] ?? 0, type: WidthType.DXA },
              ...(isHeader ? { shading: { type: ShadingType.CLEAR, fill: BLOCK_DEFAULTS.tableHeaderFill, color: 'auto' } } : {}),
              children: [
                new DocxParagraph({
                  children: textRuns([{ text }], { sizePt, bold: isHeader }),
                  alignment: ALIGNMENT[t.columnAlign?.[index] ?? 'left'],
                  spacing: { before: 0, after: 0, ...line },
                }),
              ],
            }),
        ),
      });
    // A table takes no page break nor space before it in Word: a paragraph carries them.
    const carrier = flow.pageBreakBefore || flow.pendingSpacePt > 0 || flow.afterTable ? [gap(flow.pendingSpacePt)] : [];
    const table = new DocxTable({
      width: { size: textWidthTwip, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: {
        top: ptToTwip(BLOCK_DEFAULTS.tableCellPaddingVerticalPt),
        bottom: ptToTwip(BLOCK_DEFAULTS.tableCellPaddingVerticalPt),
        left: ptToTwip(BLOCK_DEFAULTS.tableCellPaddingHorizontalPt),
        right: ptToTwip(BLOCK_DEFAULTS.tableCellPaddingHorizontalPt),
      },
      borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
      rows: [...(t.header === undefined ? [] : [rowOf(t.header, true)]), ...t.rows.map((row) => rowOf(row, false))],
    });
    flow.pendingSpacePt = BLOCK_DEFAULTS.tableSpaceAfterPt;
    flow.afterTable = true;
    return [...carrier, table];
  };

  const headingOf = (runs: readonly Run[], level: ModelHeadingLevel, options: ParagraphOptions): DocxParagraph =>
    paragraphOf(
      runs,
      { ...options, fontSizePt: options.fontSizePt ?? bodySizePt + BLOCK_DEFAULTS.headingSizeAboveBodyPt[level] },
      {
        align: BLOCK_DEFAULTS.headingAlign,
        spaceBeforePt: BLOCK_DEFAULTS.headingSpaceBeforePt,
        spaceAfterPt: BLOCK_DEFAULTS.headingSpaceAfterPt,
        keepWithNext: true,
      },
      { heading: HEADING[level], bold: true },
    );

  const contentOf = (content: Paragraph): DocxParagraph => paragraphOf(content.runs, content, bodyDefaults);

  const add = (block: Block): FileChild[] => {
    switch (block.kind) {
      case 'paragraph':
        return [contentOf(block)];
      case 'heading':
        return [headingOf(block.runs, block.level, block)];
      case 'dashItem':
        return [
          paragraphOf([{ text: '- ' }, ...block.runs], {}, bodyDefaults),
          ...block.content.flatMap((content) =>
            content.kind === 'table'
              ? tableOf(content)
              : content.kind === 'subItem'
                ? [paragraphOf([{ text: '* ' }, ...content.runs], { indentLeftMm: BLOCK_DEFAULTS.subItemIndentMm }, bodyDefaults)]
                : [contentOf(content)],
          ),
        ];
      case 'table':
        return tableOf(block);
      case 'spacer':
        flow.pendingSpacePt += block.heightPt;
        return [];
      case 'pageBreak':
        // As in the PDF, space pending above the break is dropped at the top of the new page.
        Object.assign(flow, { pageBreakBefore: true, pendingSpacePt: 0 });
        return [];
      case 'keepTogether': {
        const outer = flow.keepTogether;
        flow.keepTogether = true;
        const inner = block.blocks.flatMap(add);
        flow.keepTogether = outer;
        return inner;
      }
    }
  };

  for (const block of doc.blocks) children.push(...add(block));
  // A page break at the very end still gives its blank page, as in the PDF.
  if (flow.pageBreakBefore) children.push(gap(1));
  return children;
}
