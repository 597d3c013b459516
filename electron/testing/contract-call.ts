import type { AppErrorInfo, Result } from '../../shared/domain/errors';
import type { Db } from '../db/open';
import { handle } from '../services/dispatch';

/** The value of a contract reply; a refusal fails the test with its type and French message. */
export function valueOf<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.type}: ${r.error.message}`);
  return r.value as T;
}

/** Calls a channel through the dispatcher, as the app's doors do, and gives its value. */
export async function callValue<T>(db: Db, channel: string, input: unknown, now: Date): Promise<T> {
  return valueOf<T>(await handle(db, channel, input, now));
}

/** The refusal of a channel's call, through the dispatcher; a success fails the test. */
export async function refusalOf(db: Db, channel: string, input: unknown, now: Date): Promise<AppErrorInfo> {
  const r = await handle(db, channel, input, now);
  if (r.ok) throw new Error(`${channel} aurait dû être refusé`);
  return r.error;
}
