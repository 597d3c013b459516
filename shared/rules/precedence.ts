const ORDINALS = [
  'premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième',
  'neuvième', 'dixième', 'onzième', 'douzième', 'treizième', 'quatorzième', 'quinzième',
];

/**
 * Order of precedence read from a member's quality: 0 for the Président, n for the n-th
 * Vice-président ("Premier", "Deuxième"… or "1er", "2e", "2ème"), null otherwise.
 *
 * @example precedenceFromQuality('Premier Vice-président du Conseil départemental') === 1
 */
export function precedenceFromQuality(quality: string | null | undefined): number | null {
  if (!quality) return null;
  const q = quality.trim().toLowerCase();
  if (/^présidente? du conseil départemental/.test(q)) return 0;
  const vp = /^(\S+)\s+vice-présidente?\b/.exec(q);
  if (vp === null) return null;
  const word = vp[1] ?? '';
  const digits = /^(\d+)(er|re|e|ème)$/.exec(word);
  if (digits !== null) return Number(digits[1]);
  const index = ORDINALS.indexOf(word === 'première' ? 'premier' : word);
  return index === -1 ? null : index + 1;
}
