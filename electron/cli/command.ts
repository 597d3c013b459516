import type { Db } from '../db/open';

export interface CommandContext {
  /** Opens the register named by --db (or the app's own), creating the demo register on first run. */
  openDb: () => Db;
  out: (text: string) => void;
  /** The clock, injected so that generated documents are reproducible in tests. */
  now: () => Date;
}

/** One `registre` command: a few lines over a service. */
export interface Command {
  name: string;
  usage: string;
  run(argv: string[], context: CommandContext): void | Promise<void>;
}
