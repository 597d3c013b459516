import { act, body, channel, date } from '../channel';
import { MAX_LINE, MAX_LINES, MAX_PARAGRAPH } from '../../rules/printable-text';
import { printable } from '../printable';
import { z } from '../zod-fr';

/** A vote as the editor shows and sends it; names only for a public ballot (member ids). */
export const voteSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('pending') }),
  z.strictObject({ kind: z.literal('unanimity') }),
  z.strictObject({
    kind: z.enum(['majority', 'rejected']),
    ballot: z.enum(['show-of-hands', 'public', 'secret']),
    for: z.number().int().min(0, 'pour : nombre positif ou nul'),
    against: z.number().int().min(0, 'contre : nombre positif ou nul'),
    abstentions: z.number().int().min(0, 'abstentions : nombre positif ou nul'),
    notVoting: z.number().int().min(0, 'ne prennent pas part : nombre positif ou nul'),
    names: z.strictObject({ against: z.array(z.number().int()), abstentions: z.array(z.number().int()), notVoting: z.array(z.number().int()) }).nullable(),
  }),
]);
export type VoteView = z.output<typeof voteSchema>;

const lines = (label: string) =>
  z.array(z.string().max(MAX_PARAGRAPH, `${label} : 20 000 caractères au plus par alinéa`).superRefine(printable)).max(MAX_LINES, `${label} : ${MAX_LINES} lignes au plus`);

/** What the secretary writes in an act. */
export const actContentSchema = z.strictObject({
  object: z.string().trim().min(1, 'objet obligatoire').max(MAX_LINE, 'objet : 2 000 caractères au plus').superRefine(printable),
  serviceCodeLines: lines('codes du service'),
  /** Null: the template's sentence. */
  examinationSentence: z.string().trim().max(MAX_LINE).superRefine(printable).nullable(),
  visas: lines('visas'),
  considerants: lines('considérants'),
  /** One line per paragraph; lines separated by tabs form a table (the first is its header). */
  decisions: lines('décisions'),
  decisionNotes: lines('notes'),
  vote: voteSchema,
  annexes: z.array(z.strictObject({ kind: z.string().trim().min(1).max(60).superRefine(printable), title: z.string().trim().min(1, 'titre de l\u2019annexe obligatoire').max(500).superRefine(printable) })).max(100),
});
export type ActContentView = z.output<typeof actContentSchema>;

/** An act in the editor: its content, where it stands, and who may vote on it. */
export interface ActEditorView {
  number: string;
  state: string;
  editable: boolean;
  content: ActContentView;
  /** Present and represented members for this act: the most votes that may be cast. */
  voters: number;
  /** The members in office, for the names of a public ballot. */
  members: { id: number; name: string }[];
}

/** One block of the extract as it will print, for the live preview. */
export type PreviewBlock =
  | {
      kind: 'paragraph';
      align: 'left' | 'center' | 'right' | 'justify';
      /** 1–3 for a title, 0 for body text. */
      level: number;
      /** 0: body text; 1: a "- " decision; 2: a "* " sub-item. */
      indent: number;
      runs: { text: string; bold: boolean; italic: boolean; superscript: boolean }[];
    }
  | { kind: 'table'; header: string[] | null; rows: string[][] }
  | { kind: 'pageBreak' };

/** The ordre du jour and the act editor: add, edit, renumber, withdraw, preview. */
export const ACT_CHANNELS = {
  'act:get': channel<ActEditorView>()('getAct', z.strictObject({ body, date, act })),
  'act:create': channel<{ number: string }>()('createAct', z.strictObject({ body, date, object: actContentSchema.shape.object })),
  'act:save': channel<ActEditorView>()('saveAct', z.strictObject({ body, date, act, content: actContentSchema })),
  'act:renumber': channel<{ number: string }>()('renumberAct', z.strictObject({ body, date, act, number: act })),
  'act:withdraw': channel<{ number: string }>()('withdrawAct', z.strictObject({ body, date, act })),
  'act:preview': channel<PreviewBlock[]>()('previewAct', z.strictObject({ body, date, act })),
};
