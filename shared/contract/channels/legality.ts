import type { BodyCode } from '../../domain/body';
import { NATURE_CODES } from '../../rules/ctes-id';
import { act, body, channel, date } from '../channel';
import { z } from '../zod-fr';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date complète attendue (JJ/MM/AAAA)' });

/** The @ctes nature and matière of an act, with what the editor offers to choose from. */
export interface ActReferenceView {
  number: string;
  /** "DE", "AR"… */
  nature: string;
  /** The matière code, e.g. "7.3"; null while not chosen. */
  subject: string | null;
  /** Whether they may still change (the act has not left the secretariat). */
  editable: boolean;
  /** DateClassification of the classification in force. */
  classificationDate: string;
  natures: { code: string; label: string }[];
  /** Matières of two levels or more, "7.3 Emprunts" (labels of the parent levels joined). */
  subjects: { code: string; label: string }[];
}

/** Where an act stands after the vote: its dates, the executory one computed. */
export interface ActLegalityView {
  number: string;
  object: string;
  /** "brouillon", "voté", "transmis", "exécutoire", "publié". */
  state: string;
  nature: string;
  subject: string | null;
  transmissionDate: string | null;
  legalityReceptionDate: string | null;
  onlineDate: string | null;
  executoryDate: string | null;
}

/** What a drop of ARActe files did: each file taken (with its act) or refused (with why). */
export interface AcknowledgementReport {
  files: ({ name: string; taken: true; act: string; receptionDate: string } | { name: string; taken: false; message: string })[];
}

const acts = z.array(act).min(1, 'choisissez au moins un acte').max(500);

/** From the vote to publication: nature and matière, transmission, accusés de réception, mise en ligne. */
export const LEGALITY_CHANNELS = {
  'act:reference': channel<ActReferenceView>()('actReference', z.strictObject({ body, date, act })),
  'act:set-reference': channel<ActReferenceView>()(
    'setActReference',
    z.strictObject({
      body,
      date,
      act,
      nature: z.enum(NATURE_CODES, { error: 'nature : DE, AR, AI, CC, BF ou AU' }),
      subject: z.string().trim().max(20).nullable(),
    }),
  ),
  'act:correct': channel<{ body: BodyCode; date: string; number: string }>()(
    'correctAct',
    z.strictObject({ body, date, act, into: z.strictObject({ body, date }) }),
  ),
  'legality:session': channel<ActLegalityView[]>()('sessionLegality', z.strictObject({ body, date })),
  'legality:transmit': channel<ActLegalityView[]>()('recordTransmission', z.strictObject({ body, date, acts, transmissionDate: isoDate })),
  'legality:online': channel<ActLegalityView[]>()('recordOnline', z.strictObject({ body, date, onlineDate: isoDate })),
  'legality:acknowledgements': channel<AcknowledgementReport>()(
    'importAcknowledgements',
    z.strictObject({
      files: z
        .array(z.strictObject({ name: z.string().max(300), base64: z.string().max(2_000_000, 'fichier trop volumineux pour un accusé de réception') }))
        .min(1, 'choisissez au moins un fichier')
        .max(200),
    }),
  ),
};
