/**
 * Spacing and sizes a block takes when it sets none: the same for the PDF and the DOCX so that
 * both renderings of an act look alike.
 */
export const BLOCK_DEFAULTS = {
  paragraphAlign: 'justify',
  headingAlign: 'left',
  paragraphSpaceBeforePt: 0,
  paragraphSpaceAfterPt: 6,
  headingSpaceBeforePt: 6,
  headingSpaceAfterPt: 6,
  /** Heading size above the body size, by level: 14, 12 and 11 pt over an 11 pt body. */
  headingSizeAboveBodyPt: { 1: 3, 2: 1, 3: 0 },
  subItemIndentMm: 6,
  tableFontSizePt: 9,
  tableCellPaddingHorizontalPt: 3,
  tableCellPaddingVerticalPt: 2,
  tableBorderWidthPt: 0.5,
  tableSpaceAfterPt: 6,
  /** Light grey behind table headers, as RRGGBB. */
  tableHeaderFill: 'E6E6E6',
  pageNumberFontSizePt: 9,
  /** Distance from the bottom edge of the page to the page number's baseline. */
  pageNumberBottomMm: 10,
  superscriptScale: 0.65,
  /**
   * Raise of a superscript, as a fraction of the body size. pdftotext keeps a word on its line
   * only when it is raised by less than half its own size (0.5 × 0.65 here), so "1er février"
   * extracts as one line.
   */
  superscriptRise: 0.3,
} as const;
