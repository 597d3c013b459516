import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { BackupPreviewView, RestoreView } from '../../../shared/contract/channels/register';
import { AppError } from '../../../shared/domain/errors';
import type { Db, SqliteDb } from '../../db/open';
import { requireSqlite } from '../../db/register';
import { connect } from '../../db/open';
import { migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { backupByName, inspectBackup, registerFileOf, restorableBackup } from './backup-catalog';
import { backupRegister, nextBackupName, openBackupToRead, syncFile } from './backups';
import { diskFull, isDiskFull } from './disk-full';
import { recordEntry } from '../journal/journal';
import { journalSnapshot, putBackJournal } from '../../db/repositories/journal';

type SchemaObject = { type: string; name: string; sql: string | null };

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Restores a backup INTO the open register, through the app's own connection (the window keeps
 * working, the register lock stays held). better-sqlite3 only backs up from a connection, never
 * into it; so the backup is attached and its schema and rows are copied over the register's in
 * ONE transaction: a failure leaves the register exactly as it was.
 *
 * Before anything, the register as it is is backed up (« avant-restauration »): restoring that
 * backup undoes the restoration. The journal is never rolled back: entries written since the
 * backup was taken are put back after it, followed by an entry for the restoration itself —
 * the journal tells what was changed, then undone. A backup from an older version of the app is
 * brought to the current schema by the usual migrations.
 */
export async function restoreIntoOpen(register: Db, name: string, now: Date): Promise<RestoreView> {
  const db = requireSqlite(register, 'Restauration');
  const file = registerFileOf(db);
  const source = backupByName(file, name);
  restorableBackup(source, name, 'name');
  const previous = await backupRegister(db, file, now, 'avant-restauration');
  const journal = journalSnapshot(db);

  // Foreign keys cannot be switched inside a transaction; they are checked as a whole before commit.
  db.pragma('foreign_keys = OFF');
  try {
    db.prepare('ATTACH DATABASE ? AS restore_source').run(source);
    try {
      copyBackup(db, name, basename(previous), journal);
    } finally {
      db.prepare('DETACH DATABASE restore_source').run();
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return { restored: inspectBackup(source), previous: basename(previous) };
}

/** The one transaction of the restoration: schema and rows, migrations, journal, then the foreign keys checked. */
function copyBackup(db: SqliteDb, name: string, previous: string, journal: ReturnType<typeof journalSnapshot>): void {
  db.transaction(() => {
    replaceSchemaAndRows(db);
    migrate(db, MIGRATIONS);
    putBackJournal(db, journal);
    recordEntry(db, { sessionId: null, subject: 'restauration', before: `état précédent sauvegardé : ${previous}`, after: `sauvegarde ${name} restaurée` });
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0) {
      throw new AppError('internal', `La sauvegarde « ${name} » n'est pas cohérente (clés étrangères) : registre inchangé.`, 'name');
    }
  })();
}

/** Drops every table of the register, then recreates the backup's tables, rows, indexes, views and triggers. */
function replaceSchemaAndRows(db: Db): void {
  const objects = (schema: string) =>
    db.prepare(`SELECT type, name, sql FROM ${schema}.sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid`).all() as SchemaObject[];
  for (const o of objects('main')) {
    if (o.type === 'table') db.exec(`DROP TABLE IF EXISTS main.${quoted(o.name)}`);
    if (o.type === 'view') db.exec(`DROP VIEW IF EXISTS main.${quoted(o.name)}`);
  }
  const source = objects('restore_source');
  // Tables first and filled before any trigger exists: copying rows must not fire the register's rules.
  for (const o of source.filter((x) => x.type === 'table' && x.sql !== null)) {
    db.exec(o.sql ?? '');
    db.exec(`INSERT INTO main.${quoted(o.name)} SELECT * FROM restore_source.${quoted(o.name)}`);
  }
  const sequence = "SELECT 1 FROM restore_source.sqlite_schema WHERE name = 'sqlite_sequence'";
  if (db.prepare(sequence).get() !== undefined) {
    db.exec('DELETE FROM main.sqlite_sequence; INSERT INTO main.sqlite_sequence SELECT * FROM restore_source.sqlite_sequence;');
  }
  for (const type of ['index', 'view', 'trigger']) for (const o of source.filter((x) => x.type === type && x.sql !== null)) db.exec(o.sql ?? '');
}

/** Makes a rename in `folder` durable (POSIX); Windows has no directory handle to flush. */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The register as it is, kept before a restoration: SQLite's backup API reads its WAL too, so a
 * transaction committed just before a crash is in the copy. The register is then checkpointed and
 * closed, leaving a complete main file and no WAL. A register too damaged to be read is copied
 * file by file instead, its WAL beside it under the copy's name (SQLite reads them together).
 */
async function keepRegister(registerFile: string, now: Date): Promise<string | null> {
  if (!existsSync(registerFile) || statSync(registerFile).size === 0) return null;
  let db: SqliteDb | undefined;
  try {
    db = connect(registerFile);
    const kept = await backupRegister(db, registerFile, now, 'avant-restauration');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return kept;
  } catch (e) {
    // A full disk is said as such (backupRegister's message); only an unreadable register is copied file by file.
    if (e instanceof AppError) throw e;
    const target = nextBackupName(registerFile, now, 'avant-restauration');
    try {
      if (existsSync(`${registerFile}-wal`)) copyFileSync(`${registerFile}-wal`, `${target}-wal`);
      copyFileSync(registerFile, `${target}.tmp`);
      syncFile(`${target}.tmp`);
      renameSync(`${target}.tmp`, target);
    } catch (copy) {
      for (const f of [`${target}-wal`, `${target}.tmp`]) rmSync(f, { force: true });
      if (isDiskFull(copy)) throw diskFull(dirname(target), "la sauvegarde n'a pas été restaurée ; le registre n'a pas été modifié.");
      throw copy;
    }
    return target;
  } finally {
    db?.close();
  }
}

/**
 * Replaces a CLOSED register by a backup (`registre restore`); the caller holds the register's
 * lock. The backup passes the same rule as in the app (intact, no unknown step). The register as
 * it was is kept first (« avant-restauration »); the backup is then written beside the register
 * under a temporary name, flushed to the disk, and renamed over it — a rename is atomic, so a
 * process killed at any point leaves the register as it was or as restored, never half-written.
 */
export async function restoreBackup(registerFile: string, backupFile: string, now: Date): Promise<{ preview: BackupPreviewView; previous: string | null }> {
  const preview = restorableBackup(backupFile, backupFile, 'sauvegarde');
  const previous = await keepRegister(registerFile, now);
  const staged = `${registerFile}.restauration.tmp`;
  rmSync(staged, { force: true });
  const source = openBackupToRead(backupFile);
  try {
    await source.db.backup(staged);
    syncFile(staged);
  } catch (e) {
    rmSync(staged, { force: true });
    if (!isDiskFull(e)) throw e;
    // The register was not touched: the copy kept for this restoration is not needed.
    if (previous !== null) for (const f of [previous, `${previous}-wal`]) rmSync(f, { force: true });
    throw diskFull(dirname(registerFile), "la sauvegarde n'a pas été restaurée ; le registre n'a pas été modifié.");
  } finally {
    source.close();
  }
  // The WAL left beside the register belongs to the old file: SQLite would apply it to the new one.
  for (const suffix of ['-wal', '-shm']) rmSync(`${registerFile}${suffix}`, { force: true });
  renameSync(staged, registerFile);
  syncFolder(dirname(registerFile));
  return { preview, previous };
}
