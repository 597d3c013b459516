import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { isDiskFull } from './disk-full';
import { AppError } from '../../../shared/domain/errors';
import type { Db, SqliteDb } from '../../db/open';
import Database from 'better-sqlite3';
import { connect } from '../../db/open';
import { migrate, pendingMigrations, refuseUnknownMigrations } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { backupRegister, dailyBackup, listBackups } from './backups';
import { osUser, setJournalAuthor } from '../journal/journal';
import { loadDemo } from './register-file';

/**
 * What opening a file that does not exist does: create the demo register (the app's own, so that a
 * first start shows something), create an empty one (`registre init`, « Nouveau registre… »), or
 * refuse (any other path given: a mistyped path must never create a register).
 */
export type MissingRegister = 'demo' | 'empty' | 'refuse';

export interface PreparedRegister {
  db: SqliteDb;
  created: boolean;
  backups: string[];
}

/**
 * Opens the register the way the app starts: a damaged file is detected (PRAGMA integrity_check)
 * and refused with the restore offer; an online backup is taken before any migration and once a
 * day; a register that does not exist yet is created with the demo session, created empty or
 * refused, as `missing` says.
 */
export async function prepareRegister(file: string, now: Date, missing: MissingRegister = 'demo'): Promise<PreparedRegister> {
  const created = !existsSync(file);
  if (created && missing === 'refuse') throw registerNotFound(file);
  // SQLite would take an empty file for a new register: what a killed copy or a power cut leaves
  // must be restored, never silently replaced by an empty register.
  if (!created && !sqliteHeader(file)) throw damaged(file, `vide ou qui n'est pas une base SQLite (${statSync(file).size} octets)`);
  let db: SqliteDb;
  try {
    db = connect(file);
  } catch (e) {
    throw openFailure(file, e);
  }
  let intact: boolean;
  try {
    intact = created || db.pragma('integrity_check', { simple: true }) === 'ok';
  } catch (e) {
    db.close();
    throw openFailure(file, e);
  }
  if (!intact) {
    db.close();
    throw damaged(file, "contrôle d'intégrité SQLite en échec");
  }
  const backups: string[] = [];
  try {
    if (!created && pendingMigrations(db, MIGRATIONS).length > 0 && db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() !== 0) {
      backups.push(await backupRegister(db, file, now, 'avant-migration'));
    }
    migrate(db, MIGRATIONS);
    setJournalAuthor(db, osUser());
    if (created && missing === 'demo') loadDemo(db);
    const daily = await dailyBackup(db, file, now);
    if (daily !== null) backups.push(daily);
    return { db, created, backups };
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Opens an existing register to read it only, beside the app or the host that writes it (no lock,
 * no backup, no migration): checked as prepareRegister does — a file that is not SQLite, a damaged
 * one, or one written by a newer Registre is refused — and returned read-only, so that SQLite
 * refuses any write. Null when the register still needs a migration: the caller opens it for
 * writing, under the lock.
 */
export function readRegister(file: string): Db | null {
  if (!existsSync(file)) throw registerNotFound(file);
  if (!sqliteHeader(file)) throw damaged(file, `vide ou qui n'est pas une base SQLite (${statSync(file).size} octets)`);
  let db: SqliteDb;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
  } catch (e) {
    throw openFailure(file, e);
  }
  try {
    let intact: boolean;
    try {
      intact = db.pragma('integrity_check', { simple: true }) === 'ok';
    } catch (e) {
      throw openFailure(file, e);
    }
    if (!intact) throw damaged(file, "contrôle d'intégrité SQLite en échec");
    refuseUnknownMigrations(db, MIGRATIONS);
    if (pendingMigrations(db, MIGRATIONS).length > 0) {
      db.close();
      return null;
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Whether the file starts with SQLite's header: « SQLite format 3 » and a NUL. */
function sqliteHeader(file: string): boolean {
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === 'SQLite format 3\u0000';
  } finally {
    closeSync(fd);
  }
}

/**
 * Why SQLite could not open or read the file, in French, the real cause kept: only a file SQLite
 * finds corrupt is « endommagé » (with the restore offer); a refused access, a full disk or a lock
 * held by another program leave the file as it is and say what to do.
 */
function openFailure(file: string, e: unknown): AppError {
  const code = (e as { code?: unknown }).code;
  const message = e instanceof Error ? e.message : String(e);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return damaged(file, `fichier SQLite illisible : ${message}`);
  const cause =
    code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED'
      ? 'il est verrouillé par un autre programme ; fermez-le, puis rouvrez le registre'
      : isDiskFull(e, dirname(file))
        ? 'le disque est plein ; libérez de la place, puis rouvrez le registre'
        : code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM' || code === 'EACCES' || code === 'EPERM'
          ? "l'accès au fichier ou à son dossier est refusé ; vérifiez les droits du compte sur ce dossier"
          : 'erreur du système';
  return new AppError('internal', `Le registre « ${file} » n'a pas pu être ouvert : ${cause} (${message}). Le fichier n'a pas été modifié.`, 'registre');
}

function damaged(file: string, cause: string): AppError {
  const last = listBackups(file)[0];
  return new AppError(
    'internal',
    `Le registre « ${file} » est endommagé (${cause}) et n'a pas été ouvert. ` +
      (last === undefined
        ? "Aucune sauvegarde n'est disponible."
        : `Restaurez la dernière sauvegarde : registre restore "${last}" --db "${file}".`),
    'registre',
  );
}

/** A register file that does not exist, named with how to create it (`option`: the door's own way, e.g. --new). */
export function registerNotFound(file: string, option?: string): AppError {
  return new AppError(
    'not_found',
    `Le registre « ${file} » n'existe pas ; vérifiez le chemin, ou créez-le avec : registre init --db "${file}"` +
      `${option === undefined ? '' : ` (ou ${option})`}.`,
    'registre',
  );
}
