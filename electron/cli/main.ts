import { parseArgs } from 'node:util';
import { AppError } from '../../shared/domain/errors';
import type { Db } from '../db/open';
import { defaultRegisterPath, openOrCreateRegister } from '../services/register-file';
import type { Command } from './command';
import { exportCommand } from './commands/export';
import { extractCommand } from './commands/extract';
import { importCommand } from './commands/import';
import { showCommand } from './commands/show';

const COMMANDS: readonly Command[] = [importCommand, exportCommand, showCommand, extractCommand];

const usage = () => ['Usage :', ...COMMANDS.map((c) => `  ${c.usage}`)].join('\n');

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  now?: () => Date;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Runs one `registre` command; returns the process exit code (0 ok, 1 refused, 2 usage, 3 internal). */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.err(name === undefined || name === '--help' ? usage() : `Commande inconnue « ${name} ».\n${usage()}`);
    return name === '--help' ? 0 : 2;
  }
  let db: Db | undefined;
  const openDb = () => {
    if (db === undefined) {
      const { db: opened, created } = openOrCreateRegister(dbPath(rest));
      if (created) io.err(`Nouveau registre créé avec la séance de démonstration : ${dbPath(rest)}`);
      db = opened;
    }
    return db;
  };
  try {
    await command.run(rest, { openDb, out: io.out, now: io.now ?? (() => new Date()) });
    return 0;
  } catch (e) {
    if (e instanceof AppError) {
      io.err(`Erreur : ${e.message}`);
      return 1;
    }
    io.err(`Erreur interne : ${(e as Error).stack ?? String(e)}`);
    return 3;
  } finally {
    db?.close();
  }
}

function dbPath(argv: string[]): string {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' } }, strict: false, allowPositionals: true });
  return typeof values.db === 'string' ? values.db : defaultRegisterPath();
}
