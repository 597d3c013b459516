/**
 * A value quoted in a refusal message, « like this »: a long one by its start only, so that a
 * message never repeats a whole pasted page (or a 1 MB field of an imported file).
 *
 * @example quotedValue('G25') // '« G25 »'
 * @example quotedValue('a'.repeat(100)) // '« aaaa…(59 a)… » (100 caractères)'
 */
export function quotedValue(value: string, max = 60): string {
  const chars = [...value];
  return chars.length > max ? `« ${chars.slice(0, max - 1).join('')}… » (${chars.length} caractères)` : `« ${value} »`;
}
