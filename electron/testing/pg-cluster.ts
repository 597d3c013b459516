import { execFile, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { postgresProgram } from '../db/postgres/binaries';

const run = promisify(execFile);

/** How long a start or a stop may take on a loaded 2-core machine before the test fails. */
const SERVER_WAIT_SECONDS = 180;
/** What a suite's beforeAll/afterAll should allow for `startPgCluster` and `stop` (ms). */
export const PG_CLUSTER_HOOK_TIMEOUT = (SERVER_WAIT_SECONDS + 60) * 1000;

/** A throwaway PostgreSQL server on 127.0.0.1, its data in a temporary folder. */
export interface PgCluster {
  port: number;
  /** postgres://<user>@127.0.0.1:<port>/<database> (no password: the cluster trusts local connections). */
  url(database: string, user?: string): string;
  /** A connected client of the superuser `postgres`, on `database` (default: postgres). */
  admin(database?: string): Promise<pg.Client>;
  /** A new empty database, owned by `owner` if given; returns its URL for that owner (or postgres). */
  createDatabase(name: string, owner?: string): Promise<string>;
  /** A login role without special rights (a secretary, another application…). */
  createRole(name: string): Promise<void>;
  /** Stops the server (fast: open sessions are ended) and removes its folder. Idempotent. */
  stop(): Promise<void>;
}

const live = new Set<() => void>();
let exitHookInstalled = false;

/** A test process that ends abruptly (a failed assertion, Ctrl-C) still stops its servers. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  const stopAll = () => {
    for (const stop of [...live]) stop();
  };
  process.on('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      stopAll();
      process.kill(process.pid, signal);
    });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const isRoot = () => process.getuid?.() === 0;

/** initdb refuses root: as root, the server's programs run as the `postgres` account. */
function asServerUser(program: string, args: string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args];
}

function postgresAccount(): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

function missingPostgresError(detail: string): Error {
  return new Error(
    `PostgreSQL server not found (${detail}): these tests need a real server. ` +
      'Install Debian\'s "postgresql" package (.ci/run does) — they do not skip without it.',
  );
}

/**
 * Starts a PostgreSQL cluster for a test suite: initdb in a fresh temporary folder (as `postgres`
 * when the tests run as root), a server on 127.0.0.1 and a free port, its socket in that folder.
 * Fails (never skips) when PostgreSQL is not installed. Call `stop()` in afterAll; a process that
 * exits without it stops the server on its way out.
 */
export async function startPgCluster(): Promise<PgCluster> {
  const initdb = postgresProgram('initdb');
  const pgCtl = postgresProgram('pg_ctl');
  const probe = spawnSync(initdb, ['--version'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) throw missingPostgresError(`${initdb} --version failed`);
  if (isRoot() && spawnSync('id', ['postgres']).status !== 0) throw missingPostgresError('no "postgres" account');

  const dir = mkdtempSync(join(tmpdir(), 'registre-pg-'));
  const data = join(dir, 'data');
  const socket = join(dir, 'sock');
  mkdirSync(socket);
  if (isRoot()) {
    const { uid, gid } = postgresAccount();
    chownSync(dir, uid, gid);
    chownSync(socket, uid, gid);
  }
  const log = join(dir, 'server.log');
  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    live.delete(stopNow);
    if (existsSync(join(data, 'postmaster.pid'))) {
      const [p, a] = asServerUser(pgCtl, ['stop', '-D', data, '-m', 'fast', '-w', '-t', String(SERVER_WAIT_SECONDS)]);
      const r = spawnSync(p, a, { stdio: 'ignore' });
      if (r.status !== 0) {
        const [pi, ai] = asServerUser(pgCtl, ['stop', '-D', data, '-m', 'immediate', '-w', '-t', String(SERVER_WAIT_SECONDS)]);
        spawnSync(pi, ai, { stdio: 'ignore' });
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  installExitHook();
  live.add(stopNow);

  try {
    const [p, a] = asServerUser(initdb, ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync', '--no-instructions']);
    await run(p, a, { timeout: SERVER_WAIT_SECONDS * 1000 });
  } catch (e) {
    stopNow();
    throw new Error(`initdb failed: ${(e as Error).message}`, { cause: e });
  }

  let port = 0;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    // fsync off: a test cluster is thrown away; it only has to behave like a server, not to survive a power cut.
    const options = `-k ${socket} -h 127.0.0.1 -p ${port} -c fsync=off -c max_connections=40`;
    const [p, a] = asServerUser(pgCtl, ['start', '-D', data, '-l', log, '-w', '-t', String(SERVER_WAIT_SECONDS), '-o', options]);
    try {
      await run(p, a, { timeout: (SERVER_WAIT_SECONDS + 30) * 1000 });
      break;
    } catch (e) {
      // Another process may have taken the free port in between: try another, a few times.
      if (attempt < 3 && !existsSync(join(data, 'postmaster.pid'))) continue;
      const serverLog = existsSync(log) ? readFileSync(log, 'utf8') : '';
      stopNow();
      throw new Error(`pg_ctl start failed: ${(e as Error).message}\n${serverLog}`, { cause: e });
    }
  }

  const url = (database: string, user = 'postgres') => `postgres://${user}@127.0.0.1:${port}/${database}`;
  const admin = async (database = 'postgres') => {
    const client = new pg.Client({ connectionString: url(database) });
    await client.connect();
    return client;
  };
  const asAdmin = async (sql: string) => {
    const client = await admin();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    port,
    url,
    admin,
    async createDatabase(name, owner) {
      await asAdmin(`CREATE DATABASE "${name}"${owner === undefined ? '' : ` OWNER "${owner}"`}`);
      return url(name, owner);
    },
    async createRole(name) {
      await asAdmin(`CREATE ROLE "${name}" LOGIN`);
    },
    stop() {
      stopNow();
      return Promise.resolve();
    },
  };
}
