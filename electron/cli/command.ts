import type { Db } from '../db/open';

export interface CommandContext {
  /**
   * The register named by --db (or the app's own), opened on first call only — so that a command
   * refused for its options never creates or touches a register: checked, backed up, migrated.
   */
  openDb: () => Promise<Db>;
  /**
   * The same register opened to read only, for a command that writes nothing to it: it takes no
   * lock, so it works while the app or the host has the register open (SQLite refuses any write).
   */
  readDb: () => Promise<Db>;
  out: (text: string) => void;
  /** When stdout is a terminal: one status line rewritten in place (a progress bar); null otherwise (a file, a pipe, a test). */
  status: ((text: string) => void) | null;
  /** The clock, injected so that generated documents are reproducible in tests. */
  now: () => Date;
}

/** What one `registre` command does: a few lines over a service. */
export interface CommandCode {
  run(argv: string[], context: CommandContext): void | Promise<void>;
}

/** One `registre` command as `--help` lists it, its code loaded when it is called (see catalogue.ts). */
export interface Command {
  name: string;
  usage: string;
  load: () => Promise<CommandCode>;
}
