/** The two deliberating bodies of a département, and the series letter of their acts. */
export type BodyCode = 'CP' | 'CD';

export const BODY_CODES: readonly BodyCode[] = ['CP', 'CD'];

/** How each body is named and numbered by default (ANALYSIS §1.4: "A…" for the CD, "G…" for the CP). */
export const BODY_DEFAULTS: Record<BodyCode, { series: string; heading: string; assembly: string }> = {
  CP: { series: 'G', heading: 'Commission Permanente', assembly: 'La Commission permanente du Conseil départemental' },
  CD: { series: 'A', heading: 'Conseil Départemental', assembly: 'Le Conseil départemental' },
};

/** "Commission permanente du Conseil départemental du Var" → 'CP'. */
export function bodyCodeFromName(name: string): BodyCode {
  return /commission permanente/i.test(name) ? 'CP' : 'CD';
}
