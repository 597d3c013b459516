/**
 * Reads a number of votes as typed in the field labelled `label`: a whole number, 0 or more
 * (« 12 », « 0 »). Anything else is refused with a French message that quotes what was typed,
 * never rounded or turned into 0 (« -1 » is not 0 votes, « 8.5 » not 8).
 */
export function readVoteCount(label: string, typed: string): { count: number } | { refusal: string } {
  const text = typed.trim();
  if (text === '') return { refusal: `${label} : nombre de voix obligatoire (0 s'il n'y en a aucune).` };
  if (!/^\d+$/.test(text)) return { refusal: `${label} : « ${typed} » n'est pas un nombre de voix ; un nombre entier, 0 ou plus, est attendu.` };
  return { count: Number(text) };
}
