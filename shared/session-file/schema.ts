import { WITHDRAWAL_BASES } from '../domain/attendance';
import { BODY_CODES } from '../domain/body';
import { z } from '../contract/zod-fr';
import { NATURE_CODES } from '../rules/ctes-id';
import { isSessionTime } from '../rules/french-dates';
import { MAX_LINE, MAX_LINES, MAX_PARAGRAPH } from '../rules/printable-text';
import { fitsCtes } from '../contract/ctes-object';
import { printable } from '../contract/printable';

/**
 * The session file (import/export), as `reference/session-2023-10-16.json`.
 * Only the fields listed here are read: every other field of the file (sentences, counts, printed
 * dates, technical references…) is a pre-rendered value the app computes itself. zod drops them.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ');
const optionalIsoDate = isoDate.nullish();

/** The rules of every text of the app (shared/rules/printable-text): printable, and not too long. */
const printableText = (max: number) => z.string().trim().max(max, `${max} caractères au plus`).superRefine(printable);
const free = printableText(MAX_LINE);
const text = free.pipe(z.string().min(1, 'texte vide'));
const paragraph = printableText(MAX_PARAGRAPH).pipe(z.string().min(1, 'texte vide'));
/**
 * A member's name as an act's lists print it: not checked here, because planSession resolves each
 * one against the file's members, whose names are checked as `text`; a name that breaks a text's
 * rules names no member, and the plan refuses it with that rule. Checked here, the 690 000 names
 * of 10 years of acts cost the schema half its time for nothing. The JSON Schema still publishes
 * the length limit of a line.
 */
const printedMember = z.string().meta({ maxLength: MAX_LINE });
/** A session's acts: far more than any séance (a budget session has a few hundred). */
const MAX_ACTS = 2_000;
const lines = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LINES, `${MAX_LINES} lignes au plus`);

export const sessionFileSchema = z.object({
  collectivity: z.object({
    name: text,
    departmentCode: z.string().regex(/^[09][0-9][0-9AB]$/, 'code département sur 3 caractères, ex. 083'),
    siren: z.string().regex(/^[0-9]{9}$/, 'SIREN de 9 chiffres'),
    website: text,
  }),
  body: text,
  /** The body's series letter (« C » of C12); absent in older files: the acts' own letter. */
  series: z.string().regex(/^[A-Z]$/, 'lettre de série : une lettre majuscule sans accent, de A à Z').optional(),
  recueil: z
    .object({
      title: text,
      year: z.number().int().min(1900).max(2999),
      number: z.number().int().positive(),
      publicationDate: isoDate,
      section: free.optional(),
      backCover: lines(paragraph).optional(),
    })
    .optional(),
  session: z.object({
    date: isoDate,
    time: z.string().refine(isSessionTime, 'heure attendue au format HH:MM, de 00:00 à 23:59'),
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
        role: text.optional(),
      }),
    )
    .min(1)
    .max(MAX_LINES, `${MAX_LINES} membres au plus`),
  acts: z.array(
    z.object({
      number: z.string().regex(/^[A-Z][1-9][0-9]*$/, 'numéro attendu : une lettre et un entier, ex. G25'),
      object: text.superRefine(fitsCtes),
      serviceCodeLines: lines(free),
      examinationSentence: text.optional(),
      presidingName: text.optional(),
      present: lines(printedMember),
      proxies: lines(z.object({ from: printedMember, to: printedMember })),
      excused: lines(printedMember),
      absent: lines(printedMember),
      /**
       * Members of `absent` who took no part in the act (withdrew): the ground (L1111-6 takes
       * them out of the quorum base, CGCT L3132-5) and its précision. Absent in older files.
       */
      withdrawals: lines(
        z.object({
          name: printedMember,
          basis: z.enum(WITHDRAWAL_BASES, "motif du retrait : L1111-6 ou interest"),
          reason: free.nullish(),
        }),
      ).optional(),
      visas: lines(paragraph),
      considerants: lines(paragraph),
      decisions: lines(paragraph),
      decisionNotes: lines(paragraph).default([]),
      outcome: text,
      vote: z
        .object({
          kind: z.enum(['majority', 'rejected']),
          ballot: z.enum(['show-of-hands', 'public', 'secret']),
          for: z.number().int().min(0),
          against: z.number().int().min(0),
          abstentions: z.number().int().min(0),
          notVoting: z.number().int().min(0),
          againstNames: lines(printedMember).optional(),
          abstentionNames: lines(printedMember).optional(),
          notVotingNames: lines(printedMember).optional(),
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
          body: z.enum(BODY_CODES),
          date: isoDate,
          number: z.string().regex(/^[A-Z][1-9][0-9]*$/, 'numéro attendu : une lettre et un entier, ex. G25'),
        })
        .optional(),
      transmissionDate: optionalIsoDate,
      legalityReceptionDate: optionalIsoDate,
      executoryDate: optionalIsoDate,
      onlineDate: optionalIsoDate,
      annexes: z
        .array(
          z.object({
            kind: free,
            title: free,
            conventionNumber: free.optional(),
            note: free.optional(),
          }),
        )
        .max(100, '100 annexes au plus')
        .default([]),
    }),
  ).max(MAX_ACTS, `${MAX_ACTS} actes au plus`),
});

export type SessionFile = z.infer<typeof sessionFileSchema>;
export type SessionFileAct = SessionFile['acts'][number];
