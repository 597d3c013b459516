/** Liberation Serif or Liberation Sans, metric-compatible with Times New Roman and Arial. */
export type FontFamily = 'serif' | 'sans';

/** Body text settings of a document. */
export interface Typography {
  fontFamily: FontFamily;
  fontSizePt: number;
  /** Multiple of the font's single line height (Word's "simple" = 1). */
  lineSpacing: number;
}

export const DEFAULT_TYPOGRAPHY: Typography = { fontFamily: 'serif', fontSizePt: 11, lineSpacing: 1 };
