import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/domain/errors';
import type { Db } from '../db/open';

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

/**
 * An online backup with SQLite's backup API: a consistent copy while the register stays open.
 * Keeps the last 30. Returns the backup's path.
 */
export async function backupRegister(db: Db, registerFile: string, now: Date, reason: BackupReason): Promise<string> {
  const folder = backupFolder(registerFile);
  mkdirSync(folder, { recursive: true });
  // Two backups in the same second (a restoration undone at once) must not overwrite each other.
  const name = (n: number) => join(folder, `${stem(registerFile)}-${stamp(now)}-${reason}${n === 1 ? '' : `-${n}`}.sqlite`);
  let n = 1;
  while (existsSync(name(n))) n++;
  const target = name(n);
  await db.backup(target);
  for (const old of listBackups(registerFile).slice(BACKUPS_KEPT)) rmSync(old, { force: true });
  return target;
}

/** A backup of the day, unless one was already made today. */
export async function dailyBackup(db: Db, registerFile: string, now: Date): Promise<string | null> {
  const today = stamp(now).slice(0, 8);
  const done = listBackups(registerFile).some((f) => basename(f).startsWith(`${stem(registerFile)}-${today}`));
  return done ? null : backupRegister(db, registerFile, now, 'quotidienne');
}

export interface BackupPreview {
  file: string;
  sessions: { body: string; date: string; acts: number }[];
}

/** What a backup holds, read without changing it; refuses a damaged one. */
export function previewBackup(file: string): BackupPreview {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') throw new Error('integrity');
    const sessions = db
      .prepare(
        `SELECT b.code AS body, s.date, (SELECT count(*) FROM acts a WHERE a.session_id = s.id) AS acts
         FROM sessions s JOIN bodies b ON b.id = s.body_id ORDER BY s.date, b.code`,
      )
      .all() as BackupPreview['sessions'];
    return { file, sessions };
  } catch {
    throw new AppError('validation', `La sauvegarde « ${file} » est illisible ou endommagée : choisissez-en une autre.`, 'sauvegarde');
  } finally {
    db?.close();
  }
}

/**
 * Replaces a (closed) register by a backup, after checking the backup. The register as it was is
 * kept beside it, so a restoration never loses anything either.
 */
export function restoreBackup(registerFile: string, backupFile: string, now: Date): { preview: BackupPreview; previous: string | null } {
  const preview = previewBackup(backupFile);
  let previous: string | null = null;
  if (existsSync(registerFile)) {
    mkdirSync(backupFolder(registerFile), { recursive: true });
    previous = join(backupFolder(registerFile), `${stem(registerFile)}-${stamp(now)}-avant-restauration.sqlite`);
    copyFileSync(registerFile, previous);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${registerFile}${suffix}`, { force: true });
  copyFileSync(backupFile, registerFile);
  return { preview, previous };
}
