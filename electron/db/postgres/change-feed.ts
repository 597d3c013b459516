import type pg from 'pg';
import { connectPostgres } from './connect';

/*
 * Changes made by the other secretaries of a shared register, as they commit: every write
 * transaction of the app notifies the channel below before its COMMIT (PostgreSQL delivers a
 * notification only if the transaction commits), and each app LISTENs on a connection of its own.
 * The screens ask `register:changes` and wait for the next change (a long poll), then reload what
 * they show (the quorum indicator included) — no reload of the page, no typing lost.
 */

/** The channel every write transaction of Registre notifies (shared-register.ts). */
export const CHANGES_CHANNEL = 'registre_changes';

/** How long a screen's question waits before being answered « nothing new » (it asks again). */
const WAIT_MS = 25_000;

export class ChangeFeed {
  private count = 0;
  private waiting = new Set<() => void>();

  /** `own` is the server process of the register's own connection: its changes are not others'. */
  private constructor(
    private readonly listener: pg.Client,
    own: number,
  ) {
    listener.on('notification', (n) => {
      if (n.channel !== CHANGES_CHANNEL || n.processId === own) return;
      this.count++;
      for (const wake of this.waiting) wake();
      this.waiting.clear();
    });
    // A listener whose server went away stops counting; the screens still work, without live updates.
    listener.on('error', () => {});
  }

  /** Listens on a connection of its own to `url`, ignoring the changes of server process `own`. */
  static async open(url: string, own: number, password?: string): Promise<ChangeFeed> {
    const listener = await connectPostgres(url, password);
    await listener.query(`LISTEN ${CHANGES_CHANNEL}`);
    return new ChangeFeed(listener, own);
  }

  /** Changes by others seen so far. */
  get changes(): number {
    return this.count;
  }

  /** The number of changes once it differs from `seen`, or after a while if nothing changed. */
  async next(seen: number, wait = WAIT_MS): Promise<number> {
    if (this.count !== seen) return this.count;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(wake);
        resolve();
      }, wait);
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      this.waiting.add(wake);
    });
    return this.count;
  }

  close(): void {
    for (const wake of this.waiting) wake();
    this.waiting.clear();
    void this.listener.end().catch(() => {});
  }
}
