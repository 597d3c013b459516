/**
 * The key under which two members are the same person whatever the civility, the accents, the
 * case or the hyphens typed: « Jean-Marie » « bernard », « jean marie » « BERNARD » and
 * « Jean-Marie » « BERNARD » are one élu. A second entry with another civility, or a space for a
 * hyphen, is a typing slip (the easiest to make), not a namesake the attendance lists could tell
 * apart. The key only compares: names are stored as typed.
 *
 * @example nameKey({ firstName: 'Jérôme', lastName: 'Épée-d’Orsay' }) // 'jerome epee d'orsay'
 */
export function nameKey(m: { firstName: string; lastName: string }): string {
  return `${m.firstName} ${m.lastName}`
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    // The hyphen, and the typographic ones a word processor puts instead (U+2010, U+2011).
    .replace(/[-‐‑]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('fr');
}

/** The member among `members` (other than `exceptId`) bearing the same names as `m`, if any. */
export function findTwin<M extends { id: number; firstName: string; lastName: string }>(
  members: readonly M[],
  m: { firstName: string; lastName: string },
  exceptId: number | null,
): M | undefined {
  const key = nameKey(m);
  return members.find((other) => other.id !== exceptId && nameKey(other) === key);
}
