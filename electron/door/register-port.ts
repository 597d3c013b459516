import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Result } from '../../shared/domain/errors';
import { AppError } from '../../shared/domain/errors';
import type { Db } from '../db/open';
import { requireSqlite } from '../db/register';
import { backupRegister } from '../services/register/backups';
import { handle } from './dispatch';
import { isPostgresUrl } from '../db/postgres/connect';
import { appRegisterPath } from '../services/register/register-file';
import { openRegisterAt } from '../services/register/register-open';
import type { MissingRegister } from '../services/register/register-prepare';
import { registerNotFound } from '../services/register/register-prepare';

/**
 * The two ends of the register's message line: Electron's utility process (parentPort) and its
 * child handle, or a node:worker_threads MessagePort in tests. Messages are structured-cloned
 * plain objects: the contract's results are JSON already.
 */
export interface Port {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): void;
}

export type RegisterRequest =
  /**
   * Without `file`: the app's own register ($REGISTRE_DB, else registre.sqlite in the user's data
   * folder), created with the demo if absent. With it: that register, which must exist — or, with
   * `create`, must not: a new, empty register (« Nouveau registre… »). A `file` postgres://… is a
   * shared register (« Ouvrir un registre partagé… »), opened with `password` when given.
   */
  | { id: number; kind: 'open'; file?: string; create?: boolean; password?: string }
  | { id: number; kind: 'call'; channel: string; payload: unknown }
  /** Without `to`: a manual backup in the register's backup folder; with it, a copy saved there. */
  | { id: number; kind: 'backup'; to?: string }
  | { id: number; kind: 'close' };

export interface RegisterReply {
  id: number;
  result: Result<unknown>;
}

/** What `open` answers: the file now in use and whether it was just created (with the demo). */
export interface OpenedRegister {
  file: string;
  created: boolean;
}

/**
 * The register's side of the line: owns the register's connection (and a file's lock), answers every request
 * by its id. Requests are served one at a time, in order, so a write never interleaves with another
 * (better-sqlite3 is synchronous; only backups and document generation await).
 */
export function serveRegister(port: Port, now: () => Date = () => new Date()): void {
  let db: Db | undefined;
  let release = () => {};
  let file = '';
  let queue = Promise.resolve();

  async function open(path: string, missing: MissingRegister, password?: string): Promise<OpenedRegister> {
    if (missing === 'empty' && existsSync(path)) {
      throw new AppError('validation', `Nouveau registre : le fichier « ${path} » existe déjà ; choisissez un autre nom, ou ouvrez-le avec « Ouvrir un registre… ».`, 'file');
    }
    if (missing === 'refuse' && !isPostgresUrl(path) && !existsSync(path)) throw registerNotFound(path);
    const next = await openRegisterAt(path, missing, now(), password);
    db?.close();
    release();
    db = next.db;
    release = next.release;
    file = path;
    return { file, created: next.created };
  }

  function opened(): Db {
    if (db === undefined) throw new AppError('internal', "Aucun registre n'est ouvert.", 'registre');
    return db;
  }

  async function answer(request: RegisterRequest): Promise<Result<unknown>> {
    try {
      switch (request.kind) {
        case 'open':
          return {
            ok: true,
            value: request.file === undefined ? await open(appRegisterPath(), 'demo') : await open(request.file, request.create === true ? 'empty' : 'refuse', request.password),
          };
        case 'call':
          return await handle(opened(), request.channel, request.payload, now());
        case 'backup':
          if (request.to === undefined) return { ok: true, value: await backupRegister(opened(), file, now(), 'manuelle') };
          if (resolve(request.to) === resolve(file)) {
            throw new AppError('validation', 'Copie du registre : choisissez un autre fichier que le registre ouvert.', 'to');
          }
          // SQLite's online backup: a consistent copy, even while the register is in use.
          await requireSqlite(opened(), 'Copie du registre').backup(request.to);
          return { ok: true, value: request.to };
        case 'close':
          db?.close();
          release();
          db = undefined;
          release = () => {};
          return { ok: true, value: null };
      }
    } catch (e) {
      if (e instanceof AppError) return { ok: false, error: e.toInfo() };
      console.error(`[registre] ${request.kind}:`, e);
      return { ok: false, error: { type: 'internal', message: `Erreur interne du registre : ${(e as Error).message}` } };
    }
  }

  port.on('message', (message) => {
    const request = message as RegisterRequest;
    const reply = async () => port.postMessage({ id: request.id, result: await answer(request) } satisfies RegisterReply);
    // Waiting for others' changes reads no table and may last: never ahead of, nor behind, the queue.
    if (request.kind === 'call' && request.channel === 'register:changes') void reply();
    else queue = queue.then(reply);
  });
}
