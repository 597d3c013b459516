import { act, body, channel, date } from '../channel';
import { MAX_LINE, MAX_LINES, MAX_PARAGRAPH } from '../../rules/printable-text';
import { fitsCtes } from '../ctes-object';
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
  object: z.string().trim().min(1, 'objet obligatoire').max(MAX_LINE, 'objet : 2 000 caractères au plus').superRefine(printable).superRefine(fitsCtes),
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
  /** Those voters (present, or represented by a procuration): the only members a public ballot may name. */
  voterIds: number[];
  /** The members in office, for the names of a public ballot. */
  members: { id: number; name: string }[];
  /**
   * The act's version as loaded (the id of the newest journal entry about its text or vote, 0 when
   * none): sent back with `act:save`, so that a save over another secretary's change is refused.
   */
  version: number;
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

/** An annex file of an act, as the editor lists it. */
export interface AnnexFileView {
  id: number;
  position: number;
  title: string;
  /** @ctes CodeTypePJ; null: the default type of the act's nature. */
  pieceType: string | null;
  fileName: string;
  pageCount: number;
  /** Bytes. */
  size: number;
}

/** The annex files of an act, whether paper pieces follow by mail, the piece types it may use. */
export interface ActAnnexesView {
  annexes: AnnexFileView[];
  paperPieces: boolean;
  /** The @ctes piece types of the act's nature (classification's TypePJNatureActe), its default first. */
  pieceTypes: { code: string; label: string }[];
}

/** Largest annex upload, base64 included (a 150 MB PDF is 200 MB in base64): the host accepts it for `act-annex:add` only. */
export const MAX_ANNEX_UPLOAD_BYTES = 210 * 1024 * 1024;

/** The ordre du jour and the act editor: add, edit, renumber, withdraw, preview, annex files. */
export const ACT_CHANNELS = {
  'act:get': channel<ActEditorView>()('getAct', z.strictObject({ body, date, act })),
  'act:create': channel<{ number: string }>()('createAct', z.strictObject({ body, date, object: actContentSchema.shape.object })),
  'act:save': channel<ActEditorView>()(
    'saveAct',
    z.strictObject({
      body,
      date,
      act,
      content: actContentSchema,
      /** The version the editor loaded (ActEditorView.version); without it (CLI, older callers) the save is not checked. */
      version: z.number({ error: 'version de l\u2019acte : nombre attendu' }).int().min(0).optional(),
    }),
  ),
  'act:renumber': channel<{ number: string }>()('renumberAct', z.strictObject({ body, date, act, number: act })),
  'act:withdraw': channel<{ number: string }>()('withdrawAct', z.strictObject({ body, date, act })),
  'act:preview': channel<PreviewBlock[]>()('previewAct', z.strictObject({ body, date, act })),
  'act-annexes:get': channel<ActAnnexesView>()('getActAnnexes', z.strictObject({ body, date, act })),
  'act-annex:add': channel<ActAnnexesView>()(
    'addActAnnex',
    z.strictObject({
      body,
      date,
      act,
      title: z.string({ error: 'titre de l\u2019annexe : texte attendu' }).trim().min(1, 'titre de l\u2019annexe obligatoire').max(300, 'titre de l\u2019annexe : 300 caractères au plus'),
      pieceType: z.string().regex(/^[0-9]{2}_[A-Z]{2}$/, 'type de pièce @ctes : deux chiffres, _ et deux lettres (99_DE)').nullable(),
      fileName: z.string().trim().min(1, 'nom du fichier obligatoire').max(255),
      base64: z.string().min(1, 'fichier vide').regex(/^[A-Za-z0-9+/]+=*$/, 'contenu attendu en base64'),
    }),
  ),
  'act-annex:remove': channel<ActAnnexesView>()('removeActAnnex', z.strictObject({ body, date, act, id: z.number().int().positive() })),
  'act-paper:set': channel<ActAnnexesView>()('setActPaperPieces', z.strictObject({ body, date, act, paper: z.boolean({ error: 'pièces papier : oui ou non' }) })),
};
