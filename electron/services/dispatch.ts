import type { Channel, Output, ParsedInput, Reply } from '../../shared/contract/contract';
import { CONTRACT, isChannel } from '../../shared/contract/contract';
import type { z } from '../../shared/contract/zod-fr';
import { fieldPath } from '../../shared/contract/zod-fr';
import type { Result } from '../../shared/domain/errors';
import { AppError } from '../../shared/domain/errors';
import { formalName, listName, proxyName } from '../../shared/domain/member';
import type { Db } from '../db/open';
import { listSessions } from '../db/repositories/sessions';
import { renderExtracts } from './extracts';
import type { ActSummary } from './session-view';
import { sessionActs } from './session-view';
import { verifyPdf } from './signing';

type Service<C extends Channel> = (db: Db, input: ParsedInput<C>, now: Date) => Output<C> | Promise<Output<C>>;

const summary = (a: ActSummary) => ({
  number: a.number,
  object: a.object,
  counts: { ...a.verdict.counts },
  quorum: { met: a.verdict.quorum.met, figures: a.verdict.quorum.figures, article: a.verdict.quorum.article },
  presiding: { name: formalName(a.verdict.presiding), quality: a.verdict.presidingQuality },
});

const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

// One service per channel; the mapped type makes a missing or mistyped channel a compile error.
const SERVICES: { [C in Channel]: Service<C> } = {
  'sessions:list': (db) => listSessions(db),
  'session:acts': (db, { body, date }) => {
    const { session, acts } = sessionActs(db, body, date);
    return {
      body: session.body.code,
      bodyName: session.body.name,
      date: session.date,
      time: session.time,
      place: session.place,
      membersInOffice: session.roster.length,
      acts: acts.map(summary),
    };
  },
  'act:show': (db, { body, date, act }) => {
    const { acts } = sessionActs(db, body, date, act);
    const a = acts[0];
    if (a === undefined) throw new AppError('not_found', `L'acte ${act} n'existe pas dans cette séance.`, 'act');
    const v = a.verdict;
    return {
      ...summary(a),
      present: v.present.map(listName),
      proxies: v.proxies.map(proxyName),
      excused: v.excused.map(listName),
      absent: v.absent.map(listName),
    };
  },
  'extract:render': async (db, { body, date, act, format }, now) => {
    const [file] = await renderExtracts(db, { body, date, act, format, now });
    if (file === undefined) throw new AppError('not_found', `L'acte ${act} n'existe pas dans cette séance.`, 'act');
    return {
      number: file.number,
      fileName: `${file.number}.${format}`,
      mediaType: MEDIA_TYPES[format],
      base64: Buffer.from(file.bytes).toString('base64'),
    };
  },
  'pdf:verify': async (_db, { base64 }) => {
    const report = await verifyPdf(Buffer.from(base64, 'base64'));
    return {
      signed: report.signed,
      signatures: report.signatures.map((s) => ({
        intact: s.intact,
        coversWholeDocument: s.coversWholeDocument,
        signer: s.signerCommonName,
        signingTime: s.signingTime === null ? null : s.signingTime.toISOString(),
        subFilter: s.subFilter,
      })),
    };
  },
};

/**
 * The single entry of every door (Electron IPC, HTTP host): validates `payload` with the
 * contract's schema for `channel`, calls the service, and wraps the outcome. Never throws:
 * an AppError becomes its French info; anything else an 'internal' error without its stack,
 * which is logged on stderr for the support.
 */
export async function handle(db: Db, channel: string, payload: unknown, now: Date): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { type: 'not_found', message: `Opération inconnue : « ${channel} ».`, field: 'channel' } };
  }
  return run(db, channel, payload, now);
}

async function run<C extends Channel>(db: Db, channel: C, payload: unknown, now: Date): Promise<Reply<C>> {
  const parsed = CONTRACT[channel].input.safeParse(payload ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const field = first === undefined ? undefined : fieldPath(first.path);
    return {
      ok: false,
      error: {
        type: 'validation',
        message: `Demande « ${channel} » invalide — ${describe(parsed.error)}`,
        ...(field ? { field } : {}),
      },
    };
  }
  try {
    const service = SERVICES[channel] as Service<C>;
    const value = await service(db, parsed.data as ParsedInput<C>, now);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toInfo() };
    // The secretary gets a plain sentence; the details go to the log, never to the screen.
    console.error(`[dispatch] ${channel}:`, e);
    return {
      ok: false,
      error: { type: 'internal', message: `Erreur interne pendant l'opération « ${channel} ». Les détails ont été consignés dans le journal.` },
    };
  }
}

// One French sentence per issue, each naming its field ("demande" when the whole payload is wrong).
function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${fieldPath(issue.path) || 'demande'} : ${issue.message}`)
    .join(' ; ');
}
