import { AppError } from '../../shared/domain/errors';
import type { Db } from '../db/open';
import { isSealRefusal } from '../db/register';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RegisterLock } from '../services/register/register-lock';
import { lockRegister } from '../services/register/register-lock';
import { diskFull, isDiskFull } from '../services/register/disk-full';
import { prepareRegister, readRegister, registerNotFound } from '../services/register/register-prepare';
import { defaultRegisterPath, sharedRegisterFolder } from '../services/register/register-file';
import { isPostgresUrl } from '../db/postgres/connect';
import { COMMANDS } from './catalogue';
import { namedRegister, registerPath } from './register-path';

const usage = () => ['Usage :', ...COMMANDS.map((c) => `  ${c.usage}`)].join('\n');

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** On a terminal only: rewrites one status line in place (a progress bar). */
  status?: (text: string) => void;
  now?: () => Date;
}

// A progress bar stays on its line until the next line printed replaces it.
let statusShown = false;
const clearStatus = () => {
  if (statusShown) process.stdout.write('\r\u001b[K');
  statusShown = false;
};

const processIo: CliIo = {
  out: (text) => {
    clearStatus();
    process.stdout.write(`${text}\n`);
  },
  err: (text) => {
    clearStatus();
    process.stderr.write(`${text}\n`);
  },
  ...(process.stdout.isTTY
    ? {
        status: (text: string) => {
          process.stdout.write(`\r\u001b[K${text}`);
          statusShown = true;
        },
      }
    : {}),
};

/** Runs one `registre` command; returns the process exit code (0 ok, 1 refused, 2 usage, 3 internal). */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.err(name === undefined || name === '--help' ? usage() : `Commande inconnue « ${name} ».\n${usage()}`);
    return name === '--help' ? 0 : 2;
  }
  const now = io.now ?? (() => new Date());
  let db: Db | undefined;
  let lock: RegisterLock | undefined;
  const fileOf = (): string => registerPath(rest);
  // A shared register needs no lock: its server serialises the writers, and each checks its own.
  // Loaded only for a shared register: node-postgres and its worker are not needed for a file.
  const openShared = async (url: string): Promise<Db> => {
    const { openSharedRegister } = await import('../db/postgres/open-shared');
    return (db ??= await openSharedRegister(url, sharedRegisterFolder(url)));
  };
  const openDb = async (): Promise<Db> => {
    if (db === undefined) {
      const file = fileOf();
      if (isPostgresUrl(file)) return openShared(file);
      // Only the app's own register is created (with the demo) on first use; a file named by --db
      // must exist: `registre init` creates one.
      const named = namedRegister(rest) !== undefined;
      if (named && !existsSync(file)) throw registerNotFound(file);
      // The app's lock: opening writes (migrations, daily backup), and so do most commands.
      mkdirSync(dirname(file), { recursive: true });
      lock ??= lockRegister(file);
      const prepared = await prepareRegister(file, now(), named ? 'refuse' : 'demo');
      if (prepared.created) io.err(`Nouveau registre créé avec la séance de démonstration : ${file}`);
      db = prepared.db;
    }
    return db;
  };
  const readDb = async (): Promise<Db> => {
    // The app's own register not created yet, or a register to migrate: opened as for writing.
    if (db === undefined) {
      const file = fileOf();
      if (isPostgresUrl(file)) return openShared(file);
      const own = namedRegister(rest) === undefined;
      db = (own && !existsSync(file) ? null : readRegister(file)) ?? (await openDb());
    }
    return db;
  };
  try {
    const code = await command.load();
    await code.run(rest, { openDb, readDb, out: io.out, status: io.status ?? null, now });
    return 0;
  } catch (e) {
    if (e instanceof AppError) {
      io.err(`Erreur : ${e.message}`);
      return 1;
    }
    // The register's seals refuse in French from their SQL triggers, as in the app.
    if (isSealRefusal(e)) {
      io.err(`Erreur : ${e.message}`);
      return 1;
    }
    // A transaction that found the disk full was rolled back: the register is as it was.
    // (The register's folder named without creating it: registerPath would.)
    const folder = dirname(namedRegister(rest) ?? defaultRegisterPath());
    if (isDiskFull(e, folder)) {
      io.err(`Erreur : ${diskFull(folder, "l'opération n'a pas été enregistrée ; le registre n'a pas été modifié.").message}`);
      return 1;
    }
    io.err(`Erreur interne : ${(e as Error).stack ?? String(e)}`);
    return 3;
  } finally {
    db?.close();
    lock?.release();
  }
}
