import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { BackupPreviewView, BackupView } from '../../../shared/contract/channels/register';
import { AppError } from '../../../shared/domain/errors';
import type { Db } from '../../db/open';
import { isShared } from '../../db/register';
import { MIGRATIONS } from '../../db/migrations';
import { appliedMigrations, backupContents } from '../../db/repositories/backup-contents';
import { listBackups, openBackupToRead } from './backups';
import { diskFull, isDiskFull } from './disk-full';

/*
 * The backups of the open register as the app shows them. The screen names a backup by its file
 * name only; the path is always rebuilt here from the register's own "sauvegardes" folder, so a
 * caller can never make the app read or restore a file of its choosing.
 */

/** The file of the open register; an in-memory one has no backups. */
export function registerFileOf(db: Db): string {
  if (isShared(db)) {
    throw new AppError('conflict', "Ce registre est partagé : ses sauvegardes se font sur son serveur (registre backup --db postgres://…).", 'registre');
  }
  if (db.memory || db.name === '' || db.name === ':memory:') {
    throw new AppError('conflict', "Ce registre n'est pas un fichier : il n'a pas de sauvegardes.", 'registre');
  }
  return db.name;
}

const NAME = /-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-([a-z-]+?)(?:-\d+)?\.sqlite$/;

function view(file: string): BackupView {
  const name = basename(file);
  const m = NAME.exec(name);
  const date = m === null ? statSync(file).mtime.toISOString() : `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z`;
  return { name, date, reason: m?.[7] ?? 'manuelle', size: statSync(file).size };
}

/** The backups of the register, newest first. */
export function backupViews(registerFile: string): BackupView[] {
  return listBackups(registerFile)
    .map(view)
    .sort((a, b) => b.date.localeCompare(a.date) || b.name.localeCompare(a.name));
}

/** The path of the backup named `name`, refused unless it is one of the register's listed backups. */
export function backupByName(registerFile: string, name: string): string {
  const found = listBackups(registerFile).find((f) => basename(f) === name);
  if (found === undefined) {
    throw new AppError('validation', `« ${name} » n'est pas une sauvegarde de ce registre : choisissez-en une dans la liste des sauvegardes.`, 'name');
  }
  return found;
}

/** Every step a backup has applied must be one this version knows, under the same name. */
function knownSteps(applied: readonly { version: number; name: string }[]): boolean {
  return applied.length > 0 && applied.every((a) => MIGRATIONS.some((m) => m.version === a.version && m.name === a.name));
}

/** What a backup holds, read-only; a damaged or unreadable one is reported, not thrown. */
export function inspectBackup(file: string): BackupPreviewView {
  const name = basename(file);
  const unreadable: BackupPreviewView = {
    name,
    intact: false,
    schemaVersion: 0,
    restorable: false,
    sessions: [],
    latest: { session: null, executory: null, reception: null, online: null },
    journalEntries: 0,
  };
  let backup: ReturnType<typeof openBackupToRead> | undefined;
  try {
    backup = openBackupToRead(file);
    const { db } = backup;
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') return unreadable;
    const applied = appliedMigrations(db);
    const schemaVersion = Math.max(0, ...applied.map((m) => m.version));
    const restorable = knownSteps(applied);
    return { name, intact: true, schemaVersion, restorable, ...backupContents(db) };
  } catch (e) {
    // A backup is not « illisible » for want of room to read it (SQLite's -shm beside it).
    if (isDiskFull(e, dirname(file))) throw diskFull(dirname(file), "la sauvegarde n'a pas pu être lue ; rien n'a été modifié.");
    return unreadable;
  } finally {
    backup?.close();
  }
}

/**
 * The one rule every door applies before restoring a backup (the app's screen and `registre
 * restore`): it must be intact, and written by this version of Registre or an older one — a backup
 * with a step this version does not know would make every later open fail.
 */
export function restorableBackup(file: string, label: string, field: string): BackupPreviewView {
  const preview = inspectBackup(file);
  if (!preview.intact) throw new AppError('validation', `La sauvegarde « ${label} » est illisible ou endommagée : choisissez-en une autre.`, field);
  if (!preview.restorable) {
    throw new AppError('conflict', `La sauvegarde « ${label} » vient d'une version plus récente de Registre : mettez l'application à jour pour la restaurer.`, field);
  }
  return preview;
}
