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

/** How often a lost listening connection is tried again. */
const RECONNECT_MS = 5_000;

/** How long a screen's question waits before being answered « nothing new » (it asks again). */
const WAIT_MS = 25_000;

export class ChangeFeed {
  private count = 0;
  private waiting = new Set<() => void>();
  private listener: pg.Client | null = null;
  private closed = false;

  /** `own` is the server process of the register's own connection: its changes are not others'. */
  private constructor(
    private readonly url: string,
    private readonly own: number,
    private readonly password: string | undefined,
  ) {}

  /** Listens on a connection of its own to `url`, ignoring the changes of server process `own`. */
  static async open(url: string, own: number, password?: string): Promise<ChangeFeed> {
    const feed = new ChangeFeed(url, own, password);
    await feed.listen();
    return feed;
  }

  /**
   * Connects and listens. A connection the server drops (a restart, a cut) is opened again every
   * few seconds until it answers: what others changed meanwhile counts as one change, so that the
   * screens reload once they are back.
   */
  private async listen(): Promise<void> {
    const listener = await connectPostgres(this.url, this.password);
    listener.on('notification', (n) => {
      if (n.channel !== CHANGES_CHANNEL || n.processId === this.own) return;
      this.changed();
    });
    const lost = () => {
      if (this.listener !== listener) return;
      this.listener = null;
      if (!this.closed) setTimeout(() => void this.again(), RECONNECT_MS).unref();
    };
    listener.on('error', lost);
    listener.on('end', lost);
    await listener.query(`LISTEN ${CHANGES_CHANNEL}`);
    this.listener = listener;
  }

  private async again(): Promise<void> {
    if (this.closed) return;
    try {
      await this.listen();
      this.changed();
    } catch {
      setTimeout(() => void this.again(), RECONNECT_MS).unref();
    }
  }

  private changed(): void {
    this.count++;
    for (const wake of this.waiting) wake();
    this.waiting.clear();
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
    this.closed = true;
    for (const wake of this.waiting) wake();
    this.waiting.clear();
    const listener = this.listener;
    this.listener = null;
    void listener?.end().catch(() => {});
  }
}
