import type { Channel, Input, Output } from '../../shared/contract/contract';
import type { AppErrorInfo, Result } from '../../shared/domain/errors';
import type { Db } from '../db/open';
import { handle } from '../door/dispatch';

/** The value of a contract reply; a refusal fails the test with its type and French message. */
export function valueOf<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.type}: ${r.error.message}`);
  return r.value;
}

/**
 * Calls a channel through the dispatcher, as the app's doors do, and gives its value, typed by the
 * contract: callValue(db, 'session:acts', { body: 'CP', date: '2023-10-16' }, now) is a SessionActsView.
 */
export async function callValue<C extends Channel>(db: Db, channel: C, input: Input<C>, now: Date): Promise<Output<C>> {
  // The dispatcher answers with what the channel's handler returns: the contract's Output<C>.
  return valueOf((await handle(db, channel, input, now)) as Result<Output<C>>);
}

/** The refusal of a channel's call, through the dispatcher; a success fails the test. */
export async function refusalOf(db: Db, channel: string, input: unknown, now: Date): Promise<AppErrorInfo> {
  const r = await handle(db, channel, input, now);
  if (r.ok) throw new Error(`${channel} aurait dû être refusé`);
  return r.error;
}
