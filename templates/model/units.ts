/** Points per millimetre: PDF and Word measure in points (1/72 inch), templates in millimetres. */
export const PT_PER_MM = 72 / 25.4;

/** Converts millimetres to points, e.g. `mmToPt(25.4) === 72`. */
export function mmToPt(mm: number): number {
  return mm * PT_PER_MM;
}
