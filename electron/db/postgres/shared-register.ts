import type { Register, RunResult, Statement, Transaction, Values } from '../register';
import type { ChangeFeed } from './change-feed';
import { CHANGES_CHANNEL } from './change-feed';
import type { PostgresSql } from './dialect';
import { toPostgres } from './dialect';
import type { SyncConnection } from './sync-connection';

/*
 * A register held by a PostgreSQL database, answering the services as a SQLite file does (see
 * register.ts). Every transaction is SERIALIZABLE: two secretaries who race on the same act or the
 * same number cannot both commit what each read; the loser's transaction is run again from the
 * start (it is a pure function of the register), at most a few times, before the conflict is said.
 *
 * The apps also take their turns: each transaction waits for the register's writer lock (a
 * session-level advisory lock taken before BEGIN, so that the snapshot is taken once the turn has
 * come). Without it, two secretaries saving different acts of one séance at the same instant
 * conflicted on the séance's reads (quorum, numbering) and, after ten replays, one was refused —
 * 6 writes in 1 000 in the bench. Transactions last milliseconds: waiting one's turn costs less
 * than replaying; SERIALIZABLE stays for the clients that are not Registre (psql, scripts).
 */

/** SQLSTATEs of a transaction PostgreSQL gave up so that another could commit: run it again. */
const RETRY = new Set(['40001', '40P01']);
const ATTEMPTS = 10;

/** The advisory lock key of the register's writers: one turn at a time among the Registre apps of a database. */
export const WRITER_LOCK = "hashtext('registre writer')";

/** A short random pause before running a transaction again, so that two losers do not collide again. */
function backOff(attempt: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.random() * 10 * attempt);
}

export class SharedRegister implements Register {
  readonly memory = false;
  private depth = 0;
  private readonly statements = new Map<string, PostgresSql>();
  private readonly idTables: ReadonlySet<string>;
  /** The changes of the other apps, when the opener listens for them (openSharedRegister). */
  feed: ChangeFeed | null = null;

  /**
   * `name` is the database's address without any password (what the screens and messages show);
   * `localFolder` the folder of this computer that receives its documents (see register.ts).
   */
  constructor(
    readonly name: string,
    readonly connection: SyncConnection,
    readonly localFolder: string,
  ) {
    const tables = connection.query(
      "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'id'",
      [],
      'array',
    ).rows as [string][];
    this.idTables = new Set(tables.map(([t]) => t));
  }

  get open(): boolean {
    return this.connection.open;
  }

  get inTransaction(): boolean {
    return this.depth > 0;
  }

  /** The statement text in PostgreSQL's words, translated once. */
  sql(text: string): PostgresSql {
    let found = this.statements.get(text);
    if (found === undefined) {
      found = toPostgres(text, this.idTables);
      this.statements.set(text, found);
    }
    return found;
  }

  prepare(sql: string): Statement {
    return new SharedStatement(this, this.sql(sql));
  }

  exec(sql: string): this {
    this.connection.query(sql, [], undefined, this.inTransaction);
    return this;
  }

  transaction<F extends (...args: never[]) => unknown>(fn: F): Transaction<F> {
    return ((...args: never[]) => (this.depth > 0 ? this.savepoint(fn, args) : this.serializable(fn, args)));
  }

  private serializable<F extends (...args: never[]) => unknown>(fn: F, args: never[]): ReturnType<F> {
    // Waits at most the connection's lock_timeout (connect.ts), then fails as a contention.
    this.connection.query(`SELECT pg_advisory_lock(${WRITER_LOCK})`);
    try {
      return this.attempts(fn, args);
    } finally {
      // A connection lost meanwhile has released its lock with it.
      this.rollback(`SELECT pg_advisory_unlock(${WRITER_LOCK})`);
    }
  }

  private attempts<F extends (...args: never[]) => unknown>(fn: F, args: never[]): ReturnType<F> {
    for (let attempt = 1; ; attempt++) {
      this.connection.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
      this.depth = 1;
      try {
        const result = fn(...args) as ReturnType<F>;
        // Delivered to the other apps only if the transaction commits (change-feed.ts).
        this.connection.query(`SELECT pg_notify('${CHANGES_CHANNEL}', '')`, [], undefined, true);
        this.connection.query('COMMIT', [], undefined, true);
        return result;
      } catch (e) {
        this.rollback('ROLLBACK');
        if (attempt < ATTEMPTS && RETRY.has((e as { code?: string }).code ?? '')) {
          backOff(attempt);
          continue;
        }
        throw e;
      } finally {
        this.depth = 0;
      }
    }
  }

  private savepoint<F extends (...args: never[]) => unknown>(fn: F, args: never[]): ReturnType<F> {
    const name = `nested_${this.depth}`;
    this.connection.query(`SAVEPOINT ${name}`, [], undefined, true);
    this.depth++;
    try {
      const result = fn(...args) as ReturnType<F>;
      this.connection.query(`RELEASE SAVEPOINT ${name}`, [], undefined, true);
      return result;
    } catch (e) {
      this.rollback(`ROLLBACK TO SAVEPOINT ${name}`);
      throw e;
    } finally {
      this.depth--;
    }
  }

  /** Undoes what failed, or releases the turn; a server gone meanwhile has done it already. */
  private rollback(sql: string): void {
    try {
      this.connection.query(sql);
    } catch {
      // The connection is lost: PostgreSQL rolls back a transaction whose client went away.
    }
  }

  /** The server process of this register's connection (its own changes are not others'). */
  backendPid(): number {
    return this.prepare('SELECT pg_backend_pid()').pluck().get() as number;
  }

  close(): void {
    this.feed?.close();
    this.feed = null;
    this.connection.close();
  }
}

class SharedStatement implements Statement {
  private plucking = false;

  constructor(
    private readonly register: SharedRegister,
    private readonly sql: PostgresSql,
  ) {}

  pluck(toggle = true): this {
    this.plucking = toggle;
    return this;
  }

  /** Positional values, or one object whose properties fill the `@name`s. */
  private values(values: Values): unknown[] {
    const named = this.sql.names;
    if (named.length === 0) return values.map(sqliteValue);
    const source = (values[0] ?? {}) as Record<string, unknown>;
    return named.map((n) => sqliteValue(source[n]));
  }

  private rows(values: Values): unknown[] {
    const { rows } = this.register.connection.query(this.sql.text, this.values(values), this.plucking ? 'array' : undefined, this.register.inTransaction);
    return this.plucking ? rows.map((r) => (r as unknown[])[0]) : rows;
  }

  get(...values: Values): unknown {
    return this.rows(values)[0];
  }

  all(...values: Values): unknown[] {
    return this.rows(values);
  }

  iterate(...values: Values): IterableIterator<unknown> {
    return this.rows(values)[Symbol.iterator]();
  }

  run(...values: Values): RunResult {
    const { rows, rowCount } = this.register.connection.query(this.sql.text, this.values(values), 'array', this.register.inTransaction);
    const last = this.sql.returnsId ? (rows[rows.length - 1] as unknown[] | undefined) : undefined;
    return { changes: rowCount, lastInsertRowid: (last?.[0] as number | undefined) ?? 0 };
  }
}

/** What better-sqlite3 would bind: booleans as 1/0 (the register stores flags as integers), undefined as NULL. */
function sqliteValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return value.toString();
  return value === undefined ? null : value;
}
