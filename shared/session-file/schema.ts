import { z } from '../contract/zod-fr';
import { NATURE_CODES } from '../rules/ctes-id';

/**
 * The session file (import/export), as `reference/session-2023-10-16.json`.
 * Only the fields listed here are read: every other field of the file (sentences, counts, printed
 * dates, technical references…) is a pre-rendered value the app computes itself. zod drops them.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ');
const optionalIsoDate = isoDate.nullish();
const text = z.string().trim().min(1, 'texte vide');
const printedMember = z.string().trim().min(1, 'nom vide');

export const sessionFileSchema = z.object({
  collectivity: z.object({
    name: text,
    departmentCode: z.string().regex(/^[09][0-9][0-9AB]$/, 'code département sur 3 caractères, ex. 083'),
    siren: z.string().regex(/^[0-9]{9}$/, 'SIREN de 9 chiffres'),
    website: text,
  }),
  body: text,
  recueil: z
    .object({
      title: text,
      year: z.number().int().min(1900).max(2999),
      number: z.number().int().positive(),
      publicationDate: isoDate,
      section: z.string().optional(),
      backCover: z.array(z.string()).optional(),
    })
    .optional(),
  session: z.object({
    date: isoDate,
    time: z.string().regex(/^[0-2][0-9]:[0-5][0-9]$/, 'heure attendue au format HH:MM'),
    place: text,
    presidentName: text,
    membersInOffice: z.number().int().positive(),
    dgs: z.object({ formula: text, quality: text, name: text }),
  }),
  members: z
    .array(
      z.object({
        civility: z.enum(['M.', 'Mme']),
        firstName: text,
        lastName: text,
        role: z.string().trim().min(1).optional(),
      }),
    )
    .min(1),
  acts: z.array(
    z.object({
      number: z.string().regex(/^[A-Z][1-9][0-9]*$/, 'numéro attendu : une lettre et un entier, ex. G25'),
      object: text,
      serviceCodeLines: z.array(z.string()),
      examinationSentence: text.optional(),
      presidingName: text.optional(),
      present: z.array(printedMember),
      proxies: z.array(z.object({ from: printedMember, to: printedMember })),
      excused: z.array(printedMember),
      absent: z.array(printedMember),
      visas: z.array(text),
      considerants: z.array(text),
      decisions: z.array(text),
      decisionNotes: z.array(text).default([]),
      outcome: text,
      vote: z
        .object({
          kind: z.enum(['majority', 'rejected']),
          ballot: z.enum(['show-of-hands', 'public', 'secret']),
          for: z.number().int().min(0),
          against: z.number().int().min(0),
          abstentions: z.number().int().min(0),
          notVoting: z.number().int().min(0),
          againstNames: z.array(printedMember).optional(),
          abstentionNames: z.array(printedMember).optional(),
          notVotingNames: z.array(printedMember).optional(),
        })
        .optional(),
      internalId: z.string().regex(/^[a-zA-Z0-9_]{1,15}$/, "numéro interne @ctes : 1 à 15 caractères parmi lettres, chiffres et _").optional(),
      /** The @ctes nature, two letters ("DE" when absent). */
      nature: z.enum(NATURE_CODES, 'nature @ctes : DE, AR, AI, CC, BF ou AU').optional(),
      /** The @ctes matière code, e.g. "7.3": it must be in the classification in force. */
      subject: z.string().trim().min(1, 'matière @ctes vide').optional(),
      /** The act this one corrects, e.g. { body: 'CP', date: '2023-10-16', number: 'G12' }. */
      corrects: z
        .object({
          body: z.enum(['CP', 'CD']),
          date: isoDate,
          number: z.string().regex(/^[A-Z][1-9][0-9]*$/, 'numéro attendu : une lettre et un entier, ex. G25'),
        })
        .optional(),
      legalityReceptionDate: optionalIsoDate,
      executoryDate: optionalIsoDate,
      onlineDate: optionalIsoDate,
      annexes: z
        .array(
          z.object({
            kind: z.string(),
            title: z.string(),
            conventionNumber: z.string().optional(),
            note: z.string().optional(),
          }),
        )
        .default([]),
    }),
  ),
});

export type SessionFile = z.infer<typeof sessionFileSchema>;
export type SessionFileAct = SessionFile['acts'][number];
