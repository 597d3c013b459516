import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import demoSubjects from '../../../reference/ctes-matieres-2023-10-16.json' with { type: 'json' };
import demoConventions from '../../../reference/conventions-2023-10-16.json' with { type: 'json' };
import demoSession from '../../../reference/session-2023-10-16.json' with { type: 'json' };
import type { Db } from '../../db/open';
import { parsePostgresUrl } from '../../db/postgres/connect';
import { assignSubjects } from '../ctes/legality';
import { importSession } from '../sessions/session-import';

/** The folder Electron calls userData for an app named "Registre", computed without Electron. */
export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Registre');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Registre');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Registre');
}

/** The app's own register: $REGISTRE_DB when set, otherwise registre.sqlite in the user's data folder. */
export function defaultRegisterPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.REGISTRE_DB ?? join(userDataFolder(env), 'registre.sqlite');
}

/**
 * The app's own register, its folder created first: on a fresh machine the user's data folder does
 * not exist yet, and the lock, the register, its backups and its exports all live in it.
 */
export function appRegisterPath(env: NodeJS.ProcessEnv = process.env): string {
  const file = defaultRegisterPath(env);
  mkdirSync(dirname(file), { recursive: true });
  return file;
}

/**
 * The folder of this computer that receives the documents of the shared register at `url` (its
 * `exports/`), one per server and database in the user's data folder: the server is not the
 * secretary's machine, and two shared registers never mix their files.
 */
export function sharedRegisterFolder(url: string, env: NodeJS.ProcessEnv = process.env): string {
  const { host, port, database } = parsePostgresUrl(url);
  const folder = join(userDataFolder(env), 'registres-partagés', `${host}-${port}-${database}`.replace(/[^\p{L}\p{N}._-]/gu, '_'));
  mkdirSync(folder, { recursive: true });
  return folder;
}

/**
 * Loads the demo into a new register: the reference session (Commission permanente du Var,
 * 16 octobre 2023), its conventions (imported with it, before its acts are executory) and the @ctes
 * matières of its acts, so that a first run shows real acts.
 */
export function loadDemo(db: Db): void {
  importSession(db, demoSession, undefined, demoConventions);
  assignSubjects(db, 'CP', demoSubjects.session, demoSubjects.subjects);
}
