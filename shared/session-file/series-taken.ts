/**
 * What an import says when the body took the file's series letter (it had no session yet): the
 * letter set in Paramètres changes, and every later act of the body carries it. Empty otherwise.
 *
 * @example seriesTakenNote('C') // " L'organe, qui n'avait encore aucune séance, numérote désormais ses actes en série C, celle du fichier."
 */
export function seriesTakenNote(series: string | null): string {
  return series === null ? '' : ` L'organe, qui n'avait encore aucune séance, numérote désormais ses actes en série ${series}, celle du fichier.`;
}
