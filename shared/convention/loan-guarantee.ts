import { BODY_CODES } from '../domain/body';
import { z } from '../contract/zod-fr';

/**
 * The variables of a loan-guarantee convention (garantie départementale d'emprunt, acts G22–G25
 * of the Commission permanente of 16/10/2023). The guaranteed principal is not stored: it is
 * computed from the rate and the loan amount. `wording` holds the act's own wording where the
 * published text departs from the model (template field → text as published).
 */
const text = z.string().trim().min(1, 'texte vide');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ');

export const loanGuaranteeSchema = z.object({
  serviceCodeLines: z.array(text).max(4, 'au plus 4 lignes de code service'),
  letterhead: z.boolean(),
  deliberationNumber: text.nullable(),
  department: z.object({
    representedBy: text,
    delegate: text,
    delegationOrder: text,
  }),
  borrower: z.object({
    name: text,
    legalName: text,
    headOffice: text,
    representative: z.object({
      civility: z.enum(['Monsieur', 'Madame'], 'civilité attendue : Monsieur ou Madame'),
      name: text,
      quality: text,
    }),
    signatoryTitle: text,
  }),
  lender: text,
  loan: z.object({
    contractNumber: z.string().regex(/^[0-9A-Z-]+$/, 'numéro de contrat de prêt : chiffres, lettres majuscules ou tirets'),
    signedOn: isoDate,
    amountCents: z.number().int('montant en centimes entiers').positive('montant du prêt positif').max(100_000_000_000, 'montant du prêt trop élevé'),
  }),
  guaranteeRatePercent: z.number().int('taux en pourcentage entier').min(1, 'taux de garantie entre 1 et 100 %').max(100, 'taux de garantie entre 1 et 100 %'),
  operation: z.object({
    name: text,
    kind: z.enum(['VEFA', 'construction'], 'nature attendue : VEFA ou construction'),
    dwellings: z.number().int('nombre de logements entier').positive('au moins un logement'),
    address: text,
    postcode: z.string().regex(/^[0-9]{5}$/, 'code postal de 5 chiffres'),
    commune: text,
  }),
  hypothecClause: z.boolean(),
  reservedDwellings: z.number().int('nombre de logements réservés entier').min(0, 'nombre de logements réservés positif ou nul'),
  recoveryInDefaultArticle: z.boolean(),
  originals: z.number().int('nombre d\'exemplaires entier').min(1, 'au moins un exemplaire').max(10, 'au plus 10 exemplaires'),
  wording: z.record(z.string(), z.string()).default({}),
});

export type LoanGuarantee = z.infer<typeof loanGuaranteeSchema>;

export const CONVENTION_KINDS = ['garantie-emprunt', 'tripartite'] as const;
export type ConventionKind = (typeof CONVENTION_KINDS)[number];

/** The conventions file (`reference/conventions-2023-10-16.json`): the conventions of one session. */
export const conventionsFileSchema = z.object({
  session: z.object({ body: z.enum(BODY_CODES, `organe attendu : ${BODY_CODES.join(' ou ')}`), date: isoDate }),
  conventions: z
    .array(
      z.object({
        act: z.string().regex(/^[A-Z]+ ?[0-9]+$/, 'numéro d\'acte attendu, ex. G25'),
        number: z.string().regex(/^CO [0-9]{4}-[0-9]+$/, 'numéro de convention attendu, ex. CO 2023-1098'),
        kind: z.enum(CONVENTION_KINDS, "type de convention attendu : garantie-emprunt ou tripartite"),
        data: z.unknown(),
      }),
    )
    .min(1, 'aucune convention'),
});

export type ConventionsFile = z.infer<typeof conventionsFileSchema>;

/**
 * The guaranteed principal in cents: the rate applied to the loan, rounded to the cent.
 *
 * @example guaranteedCents(50, 378811300) // 189405650 (1 894 056,50 €)
 */
export function guaranteedCents(ratePercent: number, amountCents: number): number {
  return Math.round((amountCents * ratePercent) / 100);
}
