import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Db } from '../../db/open';
import { requireSqlite } from '../../db/register';
import { diskFull, isDiskFull } from './disk-full';
import { regExpLiteral, removeStalePartials } from '../files/stale-partials';

/** How many backups are kept per register; older ones are removed. */
export const BACKUPS_KEPT = 30;

export type BackupReason = 'manuelle' | 'quotidienne' | 'avant-migration' | 'avant-restauration';

/** The folder of a register's backups: "sauvegardes" beside the register file. */
export function backupFolder(registerFile: string): string {
  return join(dirname(registerFile), 'sauvegardes');
}

const stem = (registerFile: string) => basename(registerFile).replace(/\.sqlite$/, '');
const stamp = (now: Date) => now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/** The register's backups, newest first. */
export function listBackups(registerFile: string): string[] {
  const folder = backupFolder(registerFile);
  if (!existsSync(folder)) return [];
  const prefix = `${stem(registerFile)}-`;
  return readdirSync(folder)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.sqlite'))
    .sort()
    .reverse()
    .map((f) => join(folder, f));
}

/** A new backup's path in the register's backups folder (created); two in the same second get -2, -3… */
export function nextBackupName(registerFile: string, now: Date, reason: BackupReason): string {
  const folder = backupFolder(registerFile);
  mkdirSync(folder, { recursive: true });
  const name = (n: number) => join(folder, `${stem(registerFile)}-${stamp(now)}-${reason}${n === 1 ? '' : `-${n}`}.sqlite`);
  let n = 1;
  while (existsSync(name(n))) n++;
  return name(n);
}

/**
 * An online backup with SQLite's backup API: a consistent copy while the register stays open.
 * Keeps the last 30. Returns the backup's path.
 */
export async function backupRegister(db: Db, registerFile: string, now: Date, reason: BackupReason): Promise<string> {
  const target = nextBackupName(registerFile, now, reason);
  // Written under a temporary name: a backup killed half-way is never listed nor offered for restore;
  // the next backup removes what a killed one left.
  const partial = `${target}.${process.pid}.tmp`;
  removeStalePartials(dirname(target), new RegExp(`^${regExpLiteral(stem(registerFile))}-\\d{8}-\\d{6}-.*\\.sqlite\\.(\\d+)\\.tmp$`));
  try {
    await requireSqlite(db, 'Sauvegarde').backup(partial);
    inRollbackJournal(partial);
    syncFile(partial);
    renameSync(partial, target);
  } catch (e) {
    rmSync(partial, { force: true });
    if (isDiskFull(e)) throw diskFull(dirname(target), "la sauvegarde n'a pas été faite ; le registre n'a pas été modifié.");
    throw e;
  }
  for (const old of listBackups(registerFile).slice(BACKUPS_KEPT)) rmSync(old, { force: true });
  return target;
}

/**
 * A backup is kept and read, never written to: it leaves the register's WAL mode for the rollback
 * journal, so that reading it (« Voir le contenu », a restoration) creates no -wal nor -shm file
 * beside it. A restored register is put back in WAL mode when it is opened.
 */
function inRollbackJournal(file: string): void {
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * A backup opened read-only, and how to close it. A backup made in WAL mode (before backups left it)
 * gets -wal and -shm files beside it to be read, which a read-only connection leaves: those that
 * were not there are removed at close, or at once when the file cannot be opened.
 */
export function openBackupToRead(backupFile: string): { db: Database.Database; close: () => void } {
  const leftovers = ['-wal', '-shm'].map((suffix) => `${backupFile}${suffix}`).filter((f) => !existsSync(f));
  const removeLeftovers = () => {
    for (const f of leftovers) rmSync(f, { force: true });
  };
  try {
    const db = new Database(backupFile, { readonly: true, fileMustExist: true });
    return {
      db,
      close: () => {
        db.close();
        removeLeftovers();
      },
    };
  } catch (e) {
    removeLeftovers();
    throw e;
  }
}

/** A backup of the day, unless one was already made today. */
export async function dailyBackup(db: Db, registerFile: string, now: Date): Promise<string | null> {
  const today = stamp(now).slice(0, 8);
  const done = listBackups(registerFile).some((f) => basename(f).startsWith(`${stem(registerFile)}-${today}`));
  return done ? null : backupRegister(db, registerFile, now, 'quotidienne');
}

/** Flushes a written file to the disk, so that a rename after it never exposes a partial one. */
export function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
