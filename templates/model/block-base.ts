/** What every block may carry. */
export interface BlockBase {
  /**
   * A caller-chosen id, unique within a rendering, whose PDF page the renderer reports
   * (e.g. 'act-G1' to fill a recueil's sommaire in a second pass).
   */
  anchor?: string;
}
