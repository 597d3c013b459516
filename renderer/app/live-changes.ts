import type { ContractClient } from '../../shared/contract/client';

/*
 * Changes made by the other secretaries of a shared register reach the open screens: one question
 * at a time waits on the register for the next change (register:changes, a long poll answered by
 * PostgreSQL's LISTEN/NOTIFY), then every screen that follows the register reloads what it shows.
 * A register in a file has no other writers: the question is asked once.
 */

const listeners = new Set<() => void>();

/** Calls `reload` at each change by another secretary; returns the unsubscription. */
export function onRegisterChange(reload: () => void): () => void {
  listeners.add(reload);
  return () => listeners.delete(reload);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Follows the register's changes for the page's life (a server gone: asked again a little later). */
export async function followRegisterChanges(client: ContractClient): Promise<void> {
  let seen = -1;
  for (;;) {
    const reply = await client.call('register:changes', { seen }).catch(() => null);
    if (reply === null || !reply.ok) {
      await pause(5_000);
      continue;
    }
    if (!reply.value.live) return;
    if (seen !== -1 && reply.value.changes !== seen) for (const reload of listeners) reload();
    seen = reply.value.changes;
  }
}
