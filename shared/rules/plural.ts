const FRENCH = new Intl.PluralRules('fr-FR');

/**
 * A count with its noun in the right number, by French rules (0 and 1 take the singular).
 *
 * @example counted(1, 'absent', 'absents') // '1 absent'; counted(2, 'absent', 'absents') // '2 absents'; counted(0, 'séance', 'séances') // '0 séance'
 */
export function counted(n: number, one: string, many: string): string {
  return `${n.toLocaleString('fr-FR')} ${FRENCH.select(n) === 'one' ? one : many}`;
}

/**
 * Items as French enumerates them, the last after « et ».
 *
 * @example listed(['G1', 'G2', 'G3']) // 'G1, G2 et G3'; listed(['G1']) // 'G1'
 */
export function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items.at(-1) ?? ''}`;
}
