import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';
import { AppError, validationError } from '../../../shared/domain/errors';
import { SyncConnection } from './sync-connection';

/** Whether `--db` names a PostgreSQL register (postgres://…) rather than a SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

export interface PostgresTarget {
  url: string;
  host: string;
  port: number;
  database: string;
  user: string;
}

/**
 * Reads `postgres://user@host:port/base`. A password in it is refused: it would stay in the shell's
 * history and in the list of processes; it comes from PGPASSWORD or ~/.pgpass.
 */
export function parsePostgresUrl(url: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw validationError(`Adresse du registre partagé illisible : « ${url} » ; attendu postgres://utilisateur@hôte:port/base.`, 'db');
  }
  if (parsed.password !== '' || parsed.searchParams.has('password')) {
    throw validationError(
      'Adresse du registre partagé : le mot de passe ne s’écrit jamais dans la commande (il resterait dans l’historique et la liste des processus) ; ' +
        'donnez-le par la variable PGPASSWORD ou le fichier ~/.pgpass, et écrivez postgres://utilisateur@hôte:port/base.',
      'db',
    );
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (database === '' || database.includes('/')) {
    throw validationError(`Adresse du registre partagé : nommez la base, comme postgres://utilisateur@hôte:port/registre (reçu « ${url} »).`, 'db');
  }
  const user = decodeURIComponent(parsed.username) || process.env.PGUSER || process.env.USER || 'postgres';
  return { url, host: parsed.hostname || 'localhost', port: parsed.port === '' ? 5432 : Number(parsed.port), database, user };
}

/** One field of a ~/.pgpass line: `*` matches anything; `\:` and `\\` are escaped. */
function pgpassFields(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && i + 1 < line.length) current += line[++i];
    else if (c === ':') {
      fields.push(current);
      current = '';
    } else current += c;
  }
  fields.push(current);
  return fields;
}

/**
 * The password for `target` in the password file (PGPASSFILE or ~/.pgpass), as libpq reads it:
 * host:port:database:user:password, first matching line; ignored when others may read it.
 */
export function pgpassPassword(target: PostgresTarget, file = process.env.PGPASSFILE ?? join(homedir(), '.pgpass')): string | undefined {
  let text: string;
  try {
    if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) return undefined;
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const wanted = [target.host, String(target.port), target.database, target.user];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const fields = pgpassFields(line);
    if (fields.length < 5) continue;
    if (wanted.every((w, i) => fields[i] === '*' || fields[i] === w)) return fields.slice(4).join(':');
  }
  return undefined;
}

/** The French message for a failed connection, naming what to check. */
export function connectionError(e: unknown, target: PostgresTarget): AppError {
  const code = (e as { code?: string }).code;
  const where = `${target.host}:${target.port}`;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH') {
    return new AppError('internal', `Serveur PostgreSQL injoignable (${where}) : vérifiez qu’il est démarré et l’adresse donnée.`, 'host');
  }
  if (code === '28P01' || code === '28000' || /password must be a string/.test((e as Error).message)) {
    return new AppError(
      'validation',
      `Identifiants refusés par le serveur PostgreSQL (${where}) pour l’utilisateur « ${target.user} » : vérifiez le mot de passe (celui saisi, sinon PGPASSWORD ou ~/.pgpass).`,
      'password',
    );
  }
  if (code === '3D000') return new AppError('not_found', `La base « ${target.database} » n’existe pas sur le serveur ${where} : créez-la d’abord (voir le README).`, 'database');
  return new AppError('internal', `Connexion au serveur PostgreSQL (${where}) impossible : ${(e as Error).message}`);
}

/**
 * The client settings for `url` (without the password, given apart), read by pg-connection-string,
 * node-postgres's own parser, so that what the address says beyond the server (`?sslmode=require`
 * for a server across the network, a socket folder) is kept. Not handed to pg as its
 * connectionString: pg lets that string's empty password (the address never holds one) override
 * the password given beside it, so the one typed in « Ouvrir un registre partagé » or kept by the
 * keychain was never sent — only PGPASSWORD or ~/.pgpass, which pg reads itself, got through.
 */
export function clientConfig(url: string): pg.ClientConfig {
  const { user } = parsePostgresUrl(url);
  const { password: _empty, ...address } = parseIntoClientConfig(url);
  // lock_timeout: a writer's turn (shared-register.ts) or a row awaited for a minute is said as a
  // contention (« réessayez ») instead of leaving the screen waiting on a stuck colleague.
  return { ...address, user, application_name: 'registre', connectionTimeoutMillis: 30_000, lock_timeout: 60_000 };
}

/**
 * The password for `url`: the one given (the app's, from the OS keychain), else PGPASSWORD, else
 * ~/.pgpass, else none (a server that trusts the connection).
 */
export function passwordFor(url: string, given?: string): string {
  return given ?? process.env.PGPASSWORD ?? pgpassPassword(parsePostgresUrl(url)) ?? '';
}

/** A connected client on the register named by `url` (password: see passwordFor). End it. */
export async function connectPostgres(url: string, password?: string): Promise<pg.Client> {
  const client = new pg.Client({ ...clientConfig(url), password: () => Promise.resolve(passwordFor(url, password)) });
  try {
    await client.connect();
  } catch (e) {
    throw connectionError(e, parsePostgresUrl(url));
  }
  return client;
}

/** A synchronous connection on `url` (see sync-connection.ts), its failures said as connectPostgres says them. */
export function connectPostgresSync(url: string, password?: string): SyncConnection {
  try {
    return new SyncConnection(clientConfig(url), passwordFor(url, password));
  } catch (e) {
    throw connectionError(e, parsePostgresUrl(url));
  }
}
