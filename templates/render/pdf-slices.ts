import {
  assertTableShape,
  BLOCK_DEFAULTS,
  mmToPt,
  type Alignment,
  type Block,
  type DashItem,
  type Document,
  type ParagraphOptions,
  type Run,
  type Table,
} from '../model';
import { FONT_METRICS, SINGLE_LINE_EM } from './fonts';
import { breakLines, type InlineStyle, type Measure, type PlacedFragment } from './pdf-lines';
import { structNode, type StructNode } from './pdf-tags';

/** A line of text, placed from the top-left corner of its slice or table cell. */
export interface TextLine {
  xPt: number;
  baselinePt: number;
  fragments: PlacedFragment[];
}

interface SliceBase {
  heightPt: number;
  /** Space above the slice, dropped at the top of a page. */
  spaceBeforePt: number;
  /** Must end on the same page as the next slice (widows, keepWithNext, keep-together groups). */
  keepWithNext: boolean;
  anchors: string[];
}

export interface LineSlice extends SliceBase {
  kind: 'line';
  line: TextLine;
  /** The paragraph, heading or list body the line belongs to. */
  node: StructNode;
}

export interface TableCellBox {
  xPt: number;
  widthPt: number;
  /** RRGGBB background, or null. */
  fill: string | null;
  lines: TextLine[];
  /** The cell's TH or TD, the same for every part of a row cut across pages. */
  node: StructNode;
}

/** A table row, or the part of a row that fits on a page. */
export interface RowSlice extends SliceBase {
  kind: 'row';
  cells: TableCellBox[];
  /** The header row to print first when this row opens a page. */
  header: RowSlice | null;
  /** Anchor the row links to (a sommaire line to the page where its act starts), or null. */
  link: string | null;
}

export interface PageBreakSlice extends SliceBase {
  kind: 'pageBreak';
}

export type Slice = LineSlice | RowSlice | PageBreakSlice;

/** The unbreakable vertical pieces of a document, in reading order. */
export interface SlicedDocument {
  slices: Slice[];
  /** Anchors of blocks that printed nothing at the very end of the document. */
  trailingAnchors: string[];
}

interface TextSettings {
  runs: readonly Run[];
  align: Alignment;
  sizePt: number;
  forceBold: boolean;
}

/**
 * Cuts `doc`'s blocks into slices no wider than its text area and no taller than a page. With
 * `placeLines` false, the lines are counted but their text is not placed (no fragments): enough
 * to paginate, for a pass that only counts pages.
 */
export function sliceDocument(doc: Document, contentWidthPt: number, bodyHeightPt: number, measure: Measure, placeLines = true): SlicedDocument {
  const slices: Slice[] = [];
  let pendingSpacePt = 0;
  let pendingAnchors: string[] = [];
  const { fontFamily, fontSizePt: bodySizePt, lineSpacing } = doc.typography;
  const metrics = FONT_METRICS[fontFamily];

  const lineHeightOf = (sizePt: number): number => sizePt * SINGLE_LINE_EM * lineSpacing;
  const baselineOf = (sizePt: number): number =>
    (lineHeightOf(sizePt) - (metrics.ascentEm + metrics.descentEm) * sizePt) / 2 + metrics.ascentEm * sizePt;

  const emit = (blockSlices: Slice[], spaceBeforePt: number, anchor: string | undefined): void => {
    if (anchor !== undefined) pendingAnchors.push(anchor);
    const first = blockSlices[0];
    if (first === undefined) return;
    first.spaceBeforePt += pendingSpacePt + spaceBeforePt;
    first.anchors.push(...pendingAnchors);
    pendingSpacePt = 0;
    pendingAnchors = [];
    slices.push(...blockSlices);
  };

  const lineFragments = (settings: TextSettings, widthPt: number): PlacedFragment[][] => {
    const { sizePt } = settings;
    const styleOf = (run: Run): InlineStyle => ({
      face: { family: fontFamily, bold: settings.forceBold || run.bold === true, italic: run.italic === true },
      sizePt: run.superscript === true ? sizePt * BLOCK_DEFAULTS.superscriptScale : sizePt,
      underline: run.underline === true,
      risePt: run.superscript === true ? sizePt * BLOCK_DEFAULTS.superscriptRise : 0,
    });
    return breakLines(settings.runs, styleOf, widthPt, settings.align, measure, placeLines);
  };

  const textSlices = (settings: TextSettings, indentPt: number, keepWithNext: boolean, node: StructNode): LineSlice[] => {
    const heightPt = lineHeightOf(settings.sizePt);
    const baselinePt = baselineOf(settings.sizePt);
    const result = lineFragments(settings, contentWidthPt - indentPt).map(
      (fragments): LineSlice => ({
        kind: 'line',
        heightPt,
        spaceBeforePt: 0,
        keepWithNext: false,
        anchors: [],
        line: { xPt: indentPt, baselinePt, fragments },
        node,
      }),
    );
    // Widow and orphan control, as Word does by default: never one line of a paragraph alone.
    if (result.length >= 2) {
      result[0]!.keepWithNext = true;
      result[result.length - 2]!.keepWithNext = true;
    }
    result[result.length - 1]!.keepWithNext = keepWithNext;
    return result;
  };

  const tableSlices = (t: Table, parent: StructNode | null): RowSlice[] => {
    const tableNode = structNode('Table', parent);
    const columns = assertTableShape(t);
    const sizePt = t.fontSizePt ?? BLOCK_DEFAULTS.tableFontSizePt;
    const padH = BLOCK_DEFAULTS.tableCellPaddingHorizontalPt;
    const padV = BLOCK_DEFAULTS.tableCellPaddingVerticalPt;
    const weights = t.columnWidths ?? Array.from({ length: columns }, () => 1);
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
    const widths = weights.map((weight) => (contentWidthPt * weight) / totalWeight);
    const lefts = widths.map((_, index) => widths.slice(0, index).reduce((sum, width) => sum + width, 0));
    const lineHeightPt = lineHeightOf(sizePt);
    const baselinePt = baselineOf(sizePt);

    const rowParts = (cells: readonly string[], isHeader: boolean, maxHeightPt: number, link: string | null): RowSlice[] => {
      const rowNode = structNode('TR', tableNode);
      const cellNodes = cells.map(() => structNode(isHeader ? 'TH' : 'TD', rowNode));
      const cellLines = cells.map((text, index) =>
        lineFragments(
          { runs: [{ text }], align: t.columnAlign?.[index] ?? 'left', sizePt, forceBold: isHeader },
          (widths[index] ?? 0) - 2 * padH,
        ),
      );
      const lineCount = Math.max(1, ...cellLines.map((lines) => lines.length));
      // A row taller than a page is cut between lines, so that no text falls off the page.
      const linesPerPart = Math.max(1, Math.floor((maxHeightPt - 2 * padV) / lineHeightPt));
      const parts: RowSlice[] = [];
      for (let first = 0; first < lineCount; first += linesPerPart) {
        const partLines = Math.min(linesPerPart, lineCount - first);
        parts.push({
          kind: 'row',
          heightPt: partLines * lineHeightPt + 2 * padV,
          spaceBeforePt: 0,
          keepWithNext: false,
          anchors: [],
          header: null,
          link,
          cells: cellLines.map((lines, index) => ({
            xPt: lefts[index] ?? 0,
            widthPt: widths[index] ?? 0,
            fill: isHeader ? BLOCK_DEFAULTS.tableHeaderFill : null,
            lines: lines.slice(first, first + partLines).map((fragments, index) => ({
              xPt: padH,
              baselinePt: padV + index * lineHeightPt + baselinePt,
              fragments,
            })),
            node: cellNodes[index]!,
          })),
        });
      }
      return parts;
    };

    const header = t.header === undefined ? [] : rowParts(t.header, true, bodyHeightPt, null);
    const headerHeightPt = header.reduce((sum, part) => sum + part.heightPt, 0);
    // A header taller than half a page is printed once rather than crowding out every page.
    const repeated = t.repeatHeader !== false && header.length === 1 && headerHeightPt <= bodyHeightPt / 2 ? header[0]! : null;
    for (const part of header) part.keepWithNext = true;
    const body = t.rows.flatMap((row, index) => rowParts(row, false, bodyHeightPt - (repeated?.heightPt ?? 0), t.rowLinks?.[index] ?? null));
    for (const part of body) part.header = repeated;
    return [...header, ...body];
  };

  const paragraphLike = (
    runs: readonly Run[],
    options: ParagraphOptions,
    defaults: { align: Alignment; spaceBeforePt: number; spaceAfterPt: number; keepWithNext: boolean; sizePt: number; bold: boolean },
    node: StructNode,
  ): void => {
    const settings: TextSettings = {
      runs,
      align: options.align ?? defaults.align,
      sizePt: options.fontSizePt ?? defaults.sizePt,
      forceBold: defaults.bold,
    };
    const indentPt = mmToPt(options.indentLeftMm ?? 0);
    emit(
      textSlices(settings, indentPt, options.keepWithNext ?? defaults.keepWithNext, node),
      options.spaceBeforePt ?? defaults.spaceBeforePt,
      options.anchor,
    );
    pendingSpacePt = options.spaceAfterPt ?? defaults.spaceAfterPt;
  };

  const bodyDefaults = {
    align: BLOCK_DEFAULTS.paragraphAlign,
    spaceBeforePt: BLOCK_DEFAULTS.paragraphSpaceBeforePt,
    spaceAfterPt: BLOCK_DEFAULTS.paragraphSpaceAfterPt,
    keepWithNext: false,
    sizePt: bodySizePt,
    bold: false,
  };

  const addTable = (t: Table, parent: StructNode | null): void => {
    emit(tableSlices(t, parent), 0, t.anchor);
    pendingSpacePt = BLOCK_DEFAULTS.tableSpaceAfterPt;
  };

  // Consecutive dash items are one list (L), each item a LI whose LBody holds its paragraphs,
  // sub-items (a nested list) and tables.
  let list: StructNode | null = null;
  const listItemBody = (parent: StructNode): StructNode => structNode('LBody', structNode('LI', parent));

  const addDashItem = (item: DashItem): void => {
    list ??= structNode('L');
    const body = listItemBody(list);
    paragraphLike([{ text: '- ' }, ...item.runs], { anchor: item.anchor }, bodyDefaults, structNode('P', body));
    let subList: StructNode | null = null;
    for (const content of item.content) {
      if (content.kind === 'subItem') {
        subList ??= structNode('L', body);
        const subOptions = { anchor: content.anchor, indentLeftMm: BLOCK_DEFAULTS.subItemIndentMm };
        paragraphLike([{ text: '* ' }, ...content.runs], subOptions, bodyDefaults, structNode('P', listItemBody(subList)));
        continue;
      }
      subList = null;
      if (content.kind === 'table') addTable(content, body);
      else paragraphLike(content.runs, content, bodyDefaults, structNode('P', body));
    }
  };

  const add = (block: Block): void => {
    if (block.kind !== 'dashItem' && block.kind !== 'keepTogether' && block.kind !== 'spacer') list = null;
    switch (block.kind) {
      case 'paragraph':
        paragraphLike(block.runs, block, bodyDefaults, structNode('P'));
        break;
      case 'heading':
        paragraphLike(block.runs, block, {
          align: BLOCK_DEFAULTS.headingAlign,
          spaceBeforePt: BLOCK_DEFAULTS.headingSpaceBeforePt,
          spaceAfterPt: BLOCK_DEFAULTS.headingSpaceAfterPt,
          keepWithNext: true,
          sizePt: bodySizePt + BLOCK_DEFAULTS.headingSizeAboveBodyPt[block.level],
          bold: true,
        }, structNode(`H${block.level}`));
        break;
      case 'dashItem':
        addDashItem(block);
        break;
      case 'table':
        addTable(block, null);
        break;
      case 'spacer':
        if (block.anchor !== undefined) pendingAnchors.push(block.anchor);
        pendingSpacePt += block.heightPt;
        break;
      case 'pageBreak':
        emit([{ kind: 'pageBreak', heightPt: 0, spaceBeforePt: 0, keepWithNext: false, anchors: [] }], 0, block.anchor);
        pendingSpacePt = 0;
        break;
      case 'keepTogether': {
        if (block.anchor !== undefined) pendingAnchors.push(block.anchor);
        const first = slices.length;
        block.blocks.forEach(add);
        for (const slice of slices.slice(first, -1)) slice.keepWithNext = true;
        break;
      }
    }
  };

  doc.blocks.forEach(add);
  return { slices, trailingAnchors: pendingAnchors };
}
