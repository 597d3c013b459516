import type { BodyCode } from '../domain/body';
import type { ErrorType, Result } from '../domain/errors';
import { z } from './zod-fr';

/*
 * The one contract between the renderer and main: channel 'domain:action' → input schema + result
 * type. The Electron IPC and the local HTTP host both carry exactly these calls, validated by the
 * same schemas; nothing else crosses the boundary. Compiles in Node and in the browser.
 */

/** The closed set of error types a call may answer with. */
export const ERROR_TYPES = ['validation', 'not_found', 'conflict', 'locked', 'internal'] as const satisfies readonly ErrorType[];

const body = z.enum(['CP', 'CD']);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date attendue au format AAAA-MM-JJ, par exemple 2023-10-16' });
// The numbering rule (parseActNumber) checks the series letter; here only the shape of the text.
const act = z.string().trim().min(1).max(20);

/** A session of the register, as the session list shows it. */
export interface SessionSummary {
  id: number;
  body: BodyCode;
  /** ISO date, e.g. "2023-10-16". */
  date: string;
  /** Number of acts of the session. */
  acts: number;
}

export interface ActCountsView {
  present: number;
  proxies: number;
  excused: number;
  absent: number;
}

export interface QuorumView {
  met: boolean;
  /** As shown to the secretary, e.g. "33 + 3 ≥ 24". */
  figures: string;
  /** The article applied, e.g. "L3121-14-1". */
  article: string;
}

/** One act of a session with its computed attendance verdict. */
export interface ActSummaryView {
  /** As printed, e.g. "G25". */
  number: string;
  object: string;
  counts: ActCountsView;
  quorum: QuorumView;
  presiding: { name: string; quality: string };
}

export interface SessionActsView {
  body: BodyCode;
  bodyName: string;
  date: string;
  /** "HH:MM". */
  time: string;
  place: string;
  membersInOffice: number;
  acts: ActSummaryView[];
}

/** One act with its four lists, each name as the extract prints it ("M. Jean DUPONT", "X à Y"). */
export interface ActDetailView extends ActSummaryView {
  present: string[];
  proxies: string[];
  excused: string[];
  absent: string[];
}

/** A generated file, its bytes in base64 so that JSON and structured clone carry it alike. */
export interface RenderedFileView {
  number: string;
  fileName: string;
  mediaType: string;
  base64: string;
}

/** What a PDF's signatures say, as the verification screen shows it. */
export interface VerificationView {
  signed: boolean;
  signatures: {
    /** The signed bytes are unchanged and the CMS signature verifies. */
    intact: boolean;
    /** Nothing was added after the signature. */
    coversWholeDocument: boolean;
    signer: string;
    /** ISO instant of the signature dictionary's /M, or null. */
    signingTime: string | null;
    subFilter: string;
  }[];
}

// A channel: its input schema and, as a phantom, its result type.
const call =
  <R>() =>
  <S extends z.ZodType>(input: S) => ({ input, result: undefined as unknown as R });

/** Every channel of the app. Inputs are strict objects: an unknown key is a validation error. */
export const CONTRACT = {
  'sessions:list': call<SessionSummary[]>()(z.strictObject({})),
  'session:acts': call<SessionActsView>()(z.strictObject({ body, date })),
  'act:show': call<ActDetailView>()(z.strictObject({ body, date, act })),
  'extract:render': call<RenderedFileView>()(z.strictObject({ body, date, act, format: z.enum(['pdf', 'docx']) })),
  'pdf:verify': call<VerificationView>()(
    z.strictObject({ base64: z.string().min(1, 'fichier vide').regex(/^[A-Za-z0-9+/]+=*$/, 'contenu attendu en base64') }),
  ),
};

export type Channel = keyof typeof CONTRACT;
/** What the caller sends on a channel. */
export type Input<C extends Channel> = z.input<(typeof CONTRACT)[C]['input']>;
/** What the service receives once the schema accepted it. */
export type ParsedInput<C extends Channel> = z.output<(typeof CONTRACT)[C]['input']>;
/** What a channel answers with when it succeeds. */
export type Output<C extends Channel> = (typeof CONTRACT)[C]['result'];
/** What a channel answers with, always: `{ ok: true, value } | { ok: false, error }`. */
export type Reply<C extends Channel> = Result<Output<C>>;

export const CHANNELS = Object.keys(CONTRACT) as Channel[];

/** Whether a string names a channel of the contract, e.g. isChannel('session:acts') → true. */
export function isChannel(name: string): name is Channel {
  return Object.hasOwn(CONTRACT, name);
}
