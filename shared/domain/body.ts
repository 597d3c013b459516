/**
 * The two deliberating bodies of a département, declared once: their code, how the screens name
 * them, and how each is named and numbered by default (ANALYSIS §1.4: "A…" for the CD, "G…" for the CP).
 */
export const BODIES = [
  {
    code: 'CP',
    label: 'Commission permanente',
    name: 'Commission permanente du Conseil départemental',
    series: 'G',
    heading: 'Commission Permanente',
    assembly: 'La Commission permanente du Conseil départemental',
  },
  {
    code: 'CD',
    label: 'Conseil départemental',
    name: 'Conseil départemental',
    series: 'A',
    heading: 'Conseil Départemental',
    assembly: 'Le Conseil départemental',
  },
] as const;

export type BodyCode = (typeof BODIES)[number]['code'];

/** The body codes, as a tuple for schemas: ['CP', 'CD']. */
export const BODY_CODES = BODIES.map((b) => b.code) as [BodyCode, ...BodyCode[]];

/** How each body is named and numbered by default, by code. */
export const BODY_DEFAULTS: Record<BodyCode, (typeof BODIES)[number]> = {
  CP: BODIES[0],
  CD: BODIES[1],
};

/**
 * How the screens name a body.
 *
 * @example bodyLabel('CP') // 'Commission permanente'
 */
export function bodyLabel(code: BodyCode): string {
  return BODY_DEFAULTS[code].label;
}

/** "Commission permanente du Conseil départemental du Var" → 'CP'. */
export function bodyCodeFromName(name: string): BodyCode {
  return /commission permanente/i.test(name) ? 'CP' : 'CD';
}
