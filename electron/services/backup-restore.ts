import { basename } from 'node:path';
import type { RestoreView } from '../../shared/contract/channels/register';
import { AppError } from '../../shared/domain/errors';
import type { Db } from '../db/open';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { backupByName, inspectBackup, registerFileOf } from './backup-catalog';
import { backupRegister } from './backups';
import { recordEntry } from './journal';

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
export async function restoreIntoOpen(db: Db, name: string, now: Date): Promise<RestoreView> {
  const file = registerFileOf(db);
  const source = backupByName(file, name);
  const preview = inspectBackup(source);
  if (!preview.intact) throw new AppError('validation', `La sauvegarde « ${name} » est illisible ou endommagée : choisissez-en une autre.`, 'name');
  if (!preview.restorable) {
    throw new AppError('conflict', `La sauvegarde « ${name} » vient d'une version plus récente de Registre : mettez l'application à jour pour la restaurer.`, 'name');
  }
  const previous = await backupRegister(db, file, now, 'avant-restauration');
  const journal = db.prepare('SELECT * FROM journal ORDER BY id').all() as Record<string, unknown>[];
  const author = db.prepare('SELECT author FROM journal_context WHERE id = 1').pluck().get() as string;

  // Foreign keys cannot be switched inside a transaction; they are checked as a whole before commit.
  db.pragma('foreign_keys = OFF');
  try {
    db.prepare('ATTACH DATABASE ? AS restore_source').run(source);
    try {
      copyBackup(db, name, basename(previous), journal, author);
    } finally {
      db.prepare('DETACH DATABASE restore_source').run();
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return { restored: inspectBackup(source), previous: basename(previous) };
}

/** The one transaction of the restoration: schema and rows, migrations, journal, then the foreign keys checked. */
function copyBackup(db: Db, name: string, previous: string, journal: Record<string, unknown>[], author: string): void {
  db.transaction(() => {
    replaceSchemaAndRows(db);
    migrate(db, MIGRATIONS);
    const kept = (db.prepare('SELECT coalesce(max(id), 0) FROM journal').pluck().get() as number) ?? 0;
    const columns = db.prepare("SELECT name FROM pragma_table_info('journal')").pluck().all() as string[];
    const insert = db.prepare(`INSERT INTO journal (${columns.map(quoted).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
    for (const row of journal) if ((row.id as number) > kept) insert.run(Object.fromEntries(columns.map((c) => [c, row[c] ?? null])));
    db.prepare('UPDATE journal_context SET author = ? WHERE id = 1').run(author);
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
