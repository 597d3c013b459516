/** When the footer prints "Page N / M". */
export type PageNumbering = 'whenMultiPage' | 'always' | 'never';

/** Paper and margins; only A4 portrait is printed by the secretariat. */
export interface PageSettings {
  size: 'A4';
  marginTopMm: number;
  marginBottomMm: number;
  marginLeftMm: number;
  marginRightMm: number;
  pageNumbers: PageNumbering;
  /**
   * A line printed at the top of every page, e.g. the collectivity and the session date on each
   * sheet of the registre des délibérations (practice of CGCT R2121-9); none when absent.
   */
  runningHeader?: string;
  /** A word printed large and light, diagonally across every page: « PROJET » on the extract of an act not yet voted. */
  watermark?: string;
}

export const A4_WIDTH_MM = 210;
export const A4_HEIGHT_MM = 297;

/** Sober margins of an administrative act. */
export const DEFAULT_PAGE_SETTINGS: PageSettings = {
  size: 'A4',
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 25,
  marginRightMm: 20,
  pageNumbers: 'whenMultiPage',
};
