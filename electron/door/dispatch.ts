import type { Channel, Output, ParsedInput, Reply } from '../../shared/contract/contract';
import type { OpeningChannel } from '../../shared/contract/channels/opening';
import { isOpeningChannel } from '../../shared/contract/channels/opening';
import { CONTRACT, isChannel } from '../../shared/contract/contract';
import type { z } from '../../shared/contract/zod-fr';
import { fieldLabel, labelledMessage } from '../../shared/contract/field-labels';
import { fieldPath } from '../../shared/contract/zod-fr';
import type { FieldIssue, Result } from '../../shared/domain/errors';
import { AppError } from '../../shared/domain/errors';
import type { Db } from '../db/open';
import { isSealRefusal, isServerUnreachable, isWriteContention, localFolder } from '../db/register';
import { diskFull, isDiskFull } from '../services/register/disk-full';
import { ACT_HANDLERS } from './handlers/acts';
import { ATTENDANCE_HANDLERS } from './handlers/attendance';
import { DOCUMENT_HANDLERS } from './handlers/documents';
import { GENERATION_HANDLERS } from './handlers/generation';
import type { Handler, Handlers } from './handlers/handler';
import { LEGALITY_HANDLERS } from './handlers/legality';
import { READING_HANDLERS } from './handlers/reading';
import { REGISTER_HANDLERS } from './handlers/register';
import { SESSION_HANDLERS } from './handlers/sessions';
import { SETTINGS_HANDLERS } from './handlers/settings';

/** The channels the register's services answer: all but the opening of another register. */
type ServiceChannel = Exclude<Channel, OpeningChannel>;

// One service per channel; the mapped type makes a missing or mistyped channel a compile error.
const SERVICES: Handlers<Omit<typeof CONTRACT, OpeningChannel>> = {
  ...READING_HANDLERS,
  ...SESSION_HANDLERS,
  ...ATTENDANCE_HANDLERS,
  ...ACT_HANDLERS,
  ...DOCUMENT_HANDLERS,
  ...SETTINGS_HANDLERS,
  ...GENERATION_HANDLERS,
  ...REGISTER_HANDLERS,
  ...LEGALITY_HANDLERS,
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
  if (isOpeningChannel(channel)) {
    return { ok: false, error: { type: 'internal', message: `« ${channel} » est servi par la fenêtre de l'application, pas par le registre.` } };
  }
  return answer(channel, payload, (input) => (SERVICES[channel] as Handler<ServiceChannel>)(db, input, now), db.name, localFolder(db));
}

/**
 * Validates `payload` against `channel`'s schema, runs `service` on it and wraps the outcome (see
 * handle). `registerName` and `folder` name the register in the messages of a server gone or a
 * full disk. The doors call it themselves for the channels that open another register.
 */
export async function answer<C extends Channel>(
  channel: C,
  payload: unknown,
  service: (input: ParsedInput<C>) => Output<C> | Promise<Output<C>>,
  registerName: string,
  folder: string | null,
): Promise<Reply<C>> {
  const parsed = CONTRACT[channel].input.safeParse(payload ?? {});
  if (!parsed.success) {
    const issues = describe(channel, parsed.error);
    const field = issues[0]?.field;
    return {
      ok: false,
      error: {
        type: 'validation',
        message: `${issues.map((i) => i.message).join(' ; ')}.`,
        ...(field ? { field } : {}),
        ...(issues.length > 1 ? { issues } : {}),
      },
    };
  }
  try {
    const value = await service(parsed.data as ParsedInput<C>);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toInfo() };
    // The register's own locks (executory or signed acts) refuse in French from their SQL triggers.
    if (isSealRefusal(e)) return { ok: false, error: { type: 'locked', message: e.message } };
    // A shared register's server gone: nothing was written; the screen keeps what was typed.
    if (isServerUnreachable(e)) {
      return {
        ok: false,
        error: {
          type: 'conflict',
          message: `Le serveur du registre partagé ne répond pas (${registerName}) : rien n'a été enregistré ; votre saisie est gardée, réessayez quand il répondra.`,
        },
      };
    }
    if (isWriteContention(e)) {
      return {
        ok: false,
        error: { type: 'conflict', message: "Une autre secrétaire modifiait la même chose au même instant : rien n'a été enregistré ; réessayez." },
      };
    }
    // A transaction that found the disk full was rolled back: said as such, the register's folder named.
    if (isDiskFull(e, folder ?? '')) {
      return { ok: false, error: diskFull(folder ?? '', "l'opération n'a pas été enregistrée ; le registre n'a pas été modifié.").toInfo() };
    }
    // The secretary gets a plain sentence; the details go to the log, never to the screen.
    console.error(`[dispatch] ${channel}:`, e);
    return {
      ok: false,
      error: { type: 'internal', message: `Erreur interne pendant l'opération « ${channel} ». Les détails ont été consignés dans le journal.` },
    };
  }
}

// One French sentence per refused field (its first refusal), naming it as the screen labels it.
function describe(channel: Channel, error: z.ZodError): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    const field = fieldPath(issue.path);
    if (issues.some((i) => i.field === field)) continue;
    issues.push({ field, message: labelledMessage(fieldLabel(channel, issue.path) ?? 'Demande', issue.message) });
  }
  return issues.slice(0, 8);
}
