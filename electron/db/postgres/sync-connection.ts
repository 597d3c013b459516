import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { createSyncFn } from 'synckit';

/*
 * A PostgreSQL connection answering synchronously, as better-sqlite3 does. The register's services
 * are synchronous and run one request at a time in the register process (the utility process of
 * the app, the host's process, the CLI): node-postgres runs in a worker thread and the process waits
 * for each answer (synckit: Atomics.wait on a shared buffer). One worker holds every connection of
 * the process. Waiting costs the process nothing it could have done meanwhile: its requests are
 * served in order anyway, and the screens live in another process.
 */

/** The error of a query, as PostgreSQL gave it (SQLSTATE in `code`). */
export class PostgresError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly detail: string | undefined,
    readonly constraint: string | undefined,
  ) {
    super(message);
    this.name = 'PostgresError';
  }
}

type Request =
  | { op: 'connect'; config: pg.ClientConfig; password: string | undefined }
  | { op: 'query'; id: number; text: string; values: unknown[]; rowMode: 'array' | undefined; inTransaction: boolean }
  | { op: 'end'; id: number };

interface Answer {
  id?: number;
  rows?: unknown[];
  rowCount?: number;
  error?: { message: string; code?: string; detail?: string; constraint?: string };
}

/** What the process waits for at most: a server that stopped answering is then said unreachable. */
const WAIT_MS = 120_000;

let call: ((request: Request) => Answer) | undefined;
function worker(): (request: Request) => Answer {
  call ??= createSyncFn<(request: Request) => Promise<Answer>>(workerFile(), { timeout: WAIT_MS });
  return call;
}

/**
 * The worker's file: beside this module (sources) or beside register.cjs (the Electron bundle),
 * taken out of the asar archive by electron-builder (asarUnpack), where a worker can be started.
 */
function workerFile(): string {
  return fileURLToPath(new URL('./sync-worker.mjs', import.meta.url)).replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

function answer(request: Request): Answer {
  const a = worker()(request);
  if (a.error !== undefined) throw new PostgresError(a.error.message, a.error.code, a.error.detail, a.error.constraint);
  return a;
}

/** bytea values arrive as Uint8Arrays (the thread boundary): Buffers again, as better-sqlite3 gives BLOBs. */
function revive(value: unknown): unknown {
  return value instanceof Uint8Array && !Buffer.isBuffer(value) ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : value;
}

export class SyncConnection {
  private id: number | null;

  /** Connects (throws PostgresError, e.g. ECONNREFUSED or 28P01, when it cannot). */
  constructor(config: pg.ClientConfig, password: string | undefined) {
    this.id = answer({ op: 'connect', config: { ...config, query_timeout: WAIT_MS - 5_000 }, password }).id ?? null;
  }

  get open(): boolean {
    return this.id !== null;
  }

  /**
   * Rows as objects, or as arrays of values with `rowMode: 'array'`. A connection the server
   * dropped is opened again for the next query, except `inTransaction` (the transaction is lost).
   */
  query(text: string, values: readonly unknown[] = [], rowMode?: 'array', inTransaction = false): { rows: unknown[]; rowCount: number } {
    if (this.id === null) throw new PostgresError('Connexion au registre partagé fermée.', 'CLOSED', undefined, undefined);
    const a = answer({ op: 'query', id: this.id, text, values: [...values], rowMode, inTransaction });
    const rows = (a.rows ?? []).map((row) =>
      Array.isArray(row) ? row.map(revive) : Object.fromEntries(Object.entries(row as Record<string, unknown>).map(([k, v]) => [k, revive(v)])),
    );
    return { rows, rowCount: a.rowCount ?? 0 };
  }

  close(): void {
    if (this.id === null) return;
    const id = this.id;
    this.id = null;
    worker()({ op: 'end', id });
  }
}
