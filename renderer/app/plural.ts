const rules = new Intl.PluralRules('fr-FR');

/** « 1 acte », « 0 acte », « 3 actes »: French plural by Intl.PluralRules (0 and 1 are singular). */
export function plural(n: number, one: string, other: string): string {
  return `${n} ${rules.select(n) === 'one' ? one : other}`;
}
