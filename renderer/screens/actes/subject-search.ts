/** Folds case, accents and ligatures away: « Équipement » and « equipement » are the same word to a search. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae').toLowerCase();
}

/** The words of a text: runs of letters, digits and dots (a code such as « 7.3 » is one word). */
function words(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}.]+/u).filter((w) => w !== '');
}

/**
 * The matières a search finds, in the classification's order: by code, « 7 » or « 7.3 » finds 7.3 and
 * the matières under it (never 10.1); by label, each word typed starts a word of the label, whatever
 * its case and accents (« emprunt » finds « 7.3 Finances locales – Emprunts »). An empty search finds all.
 */
export function matchingSubjects<S extends { code: string; label: string }>(subjects: readonly S[], search: string): S[] {
  const typed = words(search);
  if (typed.length === 0) return [...subjects];
  const code = /^\d+(?:\.\d+)*\.?$/.exec(search.trim())?.[0].replace(/\.$/, '');
  if (code !== undefined) return subjects.filter((s) => s.code === code || s.code.startsWith(`${code}.`));
  return subjects.filter((s) => {
    const labelled = words(s.label);
    return typed.every((t) => labelled.some((w) => w.startsWith(t)));
  });
}
