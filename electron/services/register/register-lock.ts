import Database from 'better-sqlite3';
import { readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { AppError } from '../../../shared/domain/errors';
import { numericInstant } from '../../../shared/rules/french-dates';

export interface RegisterLock {
  release(): void;
}

/** Who holds a register, written beside its lock for the message another instance shows. */
interface Holder {
  pid: number;
  machine: string;
  user: string;
  since: string;
}

const lockFileOf = (file: string) => `${file}.lock`;
const infoFileOf = (file: string) => `${file}.lock-info`;

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'inconnu';
  }
}

function readHolder(file: string): Holder | null {
  try {
    const h = JSON.parse(readFileSync(infoFileOf(file), 'utf8')) as Partial<Holder>;
    return typeof h.pid === 'number' && typeof h.machine === 'string' && typeof h.user === 'string' && typeof h.since === 'string' ? (h as Holder) : null;
  } catch {
    return null;
  }
}

function lockedMessage(file: string, holder: Holder | null): string {
  const who =
    holder === null
      ? 'une autre fenêtre de Registre'
      : `une autre fenêtre de Registre (${holder.user} sur ${holder.machine}, processus ${holder.pid}, depuis le ${numericInstant(holder.since)})`;
  return `Le registre « ${file} » est déjà ouvert par ${who}. Fermez-la avant de l’ouvrir ici : deux fenêtres ne doivent jamais écrire le même registre.`;
}

/** The lock connections held: a connection garbage-collected would close and free its lock. */
const held = new Set<Database.Database>();

const code = (e: unknown) => (e as { code?: string }).code;

/**
 * Makes sure no other instance of the app (or the CLI) writes this register. `<register>.lock` is a
 * small SQLite database held under an EXCLUSIVE transaction for as long as the register is open:
 * SQLite takes it with the operating system's advisory locks (fcntl, LockFileEx), which the system
 * releases when the process ends — killed, crashed or after a power cut. So a lock left by a dead
 * process is simply free again, and an empty or garbled lock file (what a power cut or an older
 * version leaves) is emptied and taken. The lock file is never deleted: deleting it would let a
 * second process lock an orphaned copy. Who holds it is written to `<register>.lock-info` for the
 * message shown to another instance.
 */
export function lockRegister(file: string): RegisterLock {
  const lockFile = lockFileOf(file);
  for (let attempt = 0; attempt < 2; attempt++) {
    const db = new Database(lockFile, { timeout: 0 });
    try {
      db.exec('BEGIN EXCLUSIVE');
    } catch (e) {
      db.close();
      if (code(e) === 'SQLITE_BUSY') throw new AppError('locked', lockedMessage(file, readHolder(file)), 'registre');
      if (code(e) === 'SQLITE_NOTADB') {
        // Not a lock database: truncating keeps the same file (and any lock held on it), so this is safe even in a race.
        truncateSync(lockFile, 0);
        continue;
      }
      throw e;
    }
    const holder: Holder = { pid: process.pid, machine: hostname(), user: currentUser(), since: new Date().toISOString() };
    const info = infoFileOf(file);
    try {
      writeFileSync(`${info}.tmp`, JSON.stringify(holder));
      renameSync(`${info}.tmp`, info);
    } catch {
      // The information is only for a message: the lock itself is held.
    }
    held.add(db);
    return {
      release: () => {
        if (!held.delete(db)) return;
        if (readHolder(file)?.pid === process.pid) rmSync(info, { force: true });
        db.close();
      },
    };
  }
  throw new AppError('locked', `Le registre « ${file} » n'a pas pu être verrouillé : réessayez.`, 'registre');
}
