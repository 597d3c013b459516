import type Database from 'better-sqlite3';
import { AppError } from '../../shared/domain/errors';
import type { Migration } from './migration';

/** The migrations a register has not applied yet (all of them for a new file). */
export function pendingMigrations(db: Database.Database, migrations: readonly Migration[]): Migration[] {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (exists === undefined) return [...migrations];
  const done = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  return migrations.filter((m) => !done.has(m.version));
}

/**
 * Brings the register to the latest schema, each migration in its own transaction.
 * Refuses a register that has applied a migration this version of the app does not know
 * (it was written by a newer version: opening it could lose data).
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const done = new Set(refuseUnknownMigrations(db, migrations));
  const ran: number[] = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
    ran.push(m.version);
  }
  return ran;
}

/**
 * The versions the register has applied, refusing one this version of the app does not know (the
 * register was written by a newer Registre: opening it could lose data). A register without the
 * migrations' table has applied none.
 */
export function refuseUnknownMigrations(db: Database.Database, migrations: readonly Migration[]): number[] {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (exists === undefined) return [];
  const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as { version: number; name: string }[];
  const known = new Map(migrations.map((m) => [m.version, m]));
  for (const row of applied) {
    if (known.get(row.version)?.name !== row.name) {
      throw new AppError(
        'conflict',
        `Ce registre a été modifié par une version plus récente de Registre (étape ${row.version} « ${row.name} » inconnue) : ` +
          'mettez l’application à jour avant de l’ouvrir.',
      );
    }
  }
  return applied.map((r) => r.version);
}
