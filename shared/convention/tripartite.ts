import { z } from '../contract/zod-fr';

/**
 * The variables of a tripartite convention of single contracting authority (convention de
 * maîtrise d'ouvrage unique, act G26 of the Commission permanente of 16/10/2023: Département des
 * Alpes-Maritimes, Département du Var, commune de Montauroux). The partner's share is not stored:
 * it is computed from the total cost and the rate. `wording` holds the act's own wording where the
 * published text departs from the model (template field → text as published, typos included).
 */
const text = z.string().trim().min(1, 'texte vide');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ');
const cents = (what: string) =>
  z.number().int(`${what} en centimes entiers`).positive(`${what} positif`).max(100_000_000_000, `${what} trop élevé`);

const party = z.object({
  /** « Département des Alpes-Maritimes », « commune de Montauroux » (without the article). */
  name: text,
  /** What the convention calls the party: « le CD06 », « la commune ». */
  designation: text,
  /** True when the party is grammatically feminine (« Représentée », « dénommée »). */
  feminine: z.boolean(),
  representative: z.object({
    civility: z.enum(['Monsieur', 'Madame'], 'civilité attendue : Monsieur ou Madame'),
    name: text,
    /** « le président du Département », « le maire ». */
    quality: text,
  }),
  /** « domicilié en cette qualité au centre administratif départemental, … ». */
  domicile: text,
  deliberation: z.object({
    /** « la délibération de la commission permanente ». */
    body: text,
    /** Empty in the draft annexed to the deliberation. */
    date: isoDate.nullable(),
  }),
  signatureLines: z.array(text).min(1, 'au moins une ligne de signature').max(4, 'au plus 4 lignes de signature'),
});

const department = party.extend({
  /** « CD06 »: the short name the articles use. */
  acronym: z.string().regex(/^[A-Z0-9]{2,10}$/, 'sigle en capitales ou chiffres (« CD06 »)'),
});

export const tripartiteSchema = z.object({
  letterheadLines: z.array(text).max(6, "au plus 6 lignes d'en-tête"),
  subject: text,
  /** The single contracting authority (maître d'ouvrage unique). */
  lead: department,
  /** The other département, which pays its share. */
  partner: department,
  /** The commune that makes its land available. */
  commune: party,
  work: z.object({
    /** « pont de Tournon ». */
    name: text,
    /** « EuroVelo 8 ». */
    route: text,
    /** « EV8 ». */
    routeShort: text,
    /** « du Tignet et de Montauroux ». */
    communes: text,
  }),
  costExclTaxCents: cents('coût HT'),
  costInclTaxCents: cents('coût TTC'),
  partnerSharePercent: z.number().int('taux en pourcentage entier').min(1, 'participation entre 1 et 100 %').max(100, 'participation entre 1 et 100 %'),
  revisionLimitPercent: z.number().int('taux en pourcentage entier').min(0, 'variation entre 0 et 100 %').max(100, 'variation entre 0 et 100 %'),
  place: text,
  originals: z.number().int("nombre d'exemplaires entier").min(1, 'au moins un exemplaire').max(10, 'au plus 10 exemplaires'),
  wording: z.record(z.string(), z.string()).default({}),
}).refine((d) => d.costExclTaxCents <= d.costInclTaxCents, { message: 'le coût HT ne peut dépasser le coût TTC', path: ['costExclTaxCents'] });

export type Tripartite = z.infer<typeof tripartiteSchema>;

/**
 * The partner's share in cents: the rate applied to the total cost including tax, rounded to the cent.
 *
 * @example partnerShareCents(50, 50_000_000) // 25_000_000 (250 000 €)
 */
export function partnerShareCents(ratePercent: number, totalCents: number): number {
  return Math.round((totalCents * ratePercent) / 100);
}
