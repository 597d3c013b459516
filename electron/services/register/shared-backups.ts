import { execFile } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import type { BodyCode } from '../../../shared/domain/body';
import { AppError, validationError } from '../../../shared/domain/errors';
import { MIGRATIONS } from '../../db/migrations';
import { postgresProgram } from '../../db/postgres/binaries';
import { connectPostgres, parsePostgresUrl } from '../../db/postgres/connect';
import { migratePostgres, postgresState } from '../../db/postgres/migrate';
import type { BackupReason } from './backups';
import { syncFile } from './backups';

const run = promisify(execFile);

/** The name a shared register's backups start with: registre-partage-<base>-<stamp>-<reason>.dump. */
const prefix = (database: string) => `registre-partage-${database.replace(/[^A-Za-z0-9_-]/g, '_')}-`;
const stamp = (now: Date) => now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/** The backups of the shared register `url` in `folder`, newest first. */
export function listSharedBackups(url: string, folder: string): string[] {
  if (!existsSync(folder)) return [];
  const p = prefix(parsePostgresUrl(url).database);
  return readdirSync(folder)
    .filter((f) => f.startsWith(p) && f.endsWith('.dump'))
    .sort()
    .reverse()
    .map((f) => join(folder, f));
}

/** pg_dump and pg_restore find the password where the app does: PGPASSWORD, then ~/.pgpass (PGPASSFILE). */
async function postgresTool(name: 'pg_dump' | 'pg_restore', args: string[]): Promise<string> {
  try {
    const { stdout } = await run(postgresProgram(name), args, { env: { ...process.env, PGAPPNAME: 'registre' }, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (e) {
    const err = e as { code?: string; stderr?: string; message: string };
    if (err.code === 'ENOENT') {
      throw new AppError('internal', `${name} introuvable : installez les outils clients de PostgreSQL (paquet Debian postgresql-client).`);
    }
    throw new AppError('internal', `${name} a échoué : ${(err.stderr ?? err.message).trim()}`);
  }
}

/**
 * A backup of a shared register with pg_dump in its custom format (-Fc: compressed, restored by
 * pg_restore), written under a temporary name, flushed, then renamed: a backup killed half-way is
 * never listed. Refuses a database that is not a Registre register.
 */
export async function backupSharedRegister(url: string, folder: string, now: Date, reason: BackupReason): Promise<string> {
  const target = parsePostgresUrl(url);
  const client = await connectPostgres(url);
  try {
    if ((await postgresState(client)) !== 'register') {
      throw validationError(`La base « ${target.database} » n'est pas un registre de Registre : rien à sauvegarder.`, 'db');
    }
  } finally {
    await client.end();
  }
  mkdirSync(folder, { recursive: true });
  const name = (n: number) => join(folder, `${prefix(target.database)}${stamp(now)}-${reason}${n === 1 ? '' : `-${n}`}.dump`);
  let n = 1;
  while (existsSync(name(n))) n++;
  const file = name(n);
  try {
    await postgresTool('pg_dump', ['--format=custom', `--file=${file}.tmp`, `--dbname=${url}`]);
    syncFile(`${file}.tmp`);
    renameSync(`${file}.tmp`, file);
  } finally {
    rmSync(`${file}.tmp`, { force: true });
  }
  return file;
}

/** Whether the file starts like a pg_dump custom-format archive (« PGDMP »). */
function isCustomDump(file: string): boolean {
  const header = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, header, 0, 5, 0) === 5 && header.toString('latin1') === 'PGDMP';
  } finally {
    closeSync(fd);
  }
}

/** The steps recorded in the dump's schema_migrations (read from the archive, nothing restored). */
async function dumpedSteps(file: string): Promise<{ version: number; name: string }[]> {
  const text = await postgresTool('pg_restore', ['--data-only', '--table=schema_migrations', '--file=-', file]);
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('COPY ') && l.includes('schema_migrations'));
  if (start < 0) return [];
  const steps: { version: number; name: string }[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line === '\\.') break;
    const [version, name] = line.split('\t');
    steps.push({ version: Number(version), name: name ?? '' });
  }
  return steps;
}

export interface SharedRestore {
  sessions: { body: BodyCode; date: string; acts: number }[];
}

/**
 * Restores a pg_dump backup into an EMPTY database (pg_restore in one transaction): never over a
 * register, nor over another application's tables. The dump must be a Registre register this
 * version knows (no step from a newer Registre). Objects are owned by the restoring role and no
 * rights are restored (--no-owner --no-acl): grant the secretaries' roles again (README). The
 * journal records the restoration.
 */
export async function restoreSharedRegister(url: string, file: string): Promise<SharedRestore> {
  const target = parsePostgresUrl(url);
  if (!existsSync(file)) throw validationError(`Sauvegarde introuvable : « ${file} ».`, 'sauvegarde');
  if (!isCustomDump(file)) throw validationError(`« ${file} » n'est pas une sauvegarde de registre partagé (pg_dump, format personnalisé).`, 'sauvegarde');
  const steps = await dumpedSteps(file);
  if (steps.length === 0) throw validationError(`« ${file} » n'est pas une sauvegarde d'un registre de Registre (aucune étape de schéma).`, 'sauvegarde');
  const known = new Map(MIGRATIONS.map((m) => [m.version, m.name]));
  const unknown = steps.find((s) => known.get(s.version) !== s.name);
  if (unknown !== undefined) {
    throw new AppError(
      'conflict',
      `Cette sauvegarde vient d'une version plus récente de Registre (étape ${unknown.version} « ${unknown.name} » inconnue) : mettez l’application à jour avant de la restaurer.`,
    );
  }
  const client = await connectPostgres(url);
  try {
    if ((await postgresState(client)) !== 'empty') {
      throw validationError(
        `La base « ${target.database} » n'est pas vide : une sauvegarde ne se restaure que dans une base vide (créez-en une : createdb), jamais par-dessus un registre.`,
        'db',
      );
    }
    await postgresTool('pg_restore', ['--single-transaction', '--exit-on-error', '--no-owner', '--no-acl', `--dbname=${url}`, file]);
    // What an older Registre wrote is brought to this version's schema, as when opening it.
    await migratePostgres(client);
    await client.query("INSERT INTO journal (author, subject, before, after) VALUES (registre_author(), 'restauration', NULL, $1)", [
      `sauvegarde ${basename(file)} restaurée`,
    ]);
    const sessions = await client.query<{ body: BodyCode; date: string; acts: number }>(
      `SELECT b.code AS body, s.date, count(a.id)::int AS acts FROM sessions s JOIN bodies b ON b.id = s.body_id
       LEFT JOIN acts a ON a.session_id = s.id GROUP BY b.code, s.date ORDER BY s.date, b.code`,
    );
    return { sessions: sessions.rows };
  } finally {
    await client.end();
  }
}
