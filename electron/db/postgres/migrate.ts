import type pg from 'pg';
import { AppError } from '../../../shared/domain/errors';
import type { Migration } from '../migration';
import { MIGRATIONS } from '../migrations';
import type { PostgresStep } from './step';
import { POSTGRES_STEPS } from './steps';

/** What the application writes in `registre_meta` to recognise its own databases. */
const APPLICATION = 'registre';

/** A PostgreSQL database as Registre finds it. */
export type PostgresState = 'empty' | 'register' | 'foreign';

/** Whether the database (its current schema) is empty, a Registre register, or another application's. */
export async function postgresState(client: pg.ClientBase): Promise<PostgresState> {
  const meta = await client.query<{ exists: boolean }>("SELECT to_regclass('registre_meta') IS NOT NULL AS exists");
  if (meta.rows[0]?.exists === true) {
    const app = await client.query<{ value: string }>("SELECT value FROM registre_meta WHERE key = 'application'");
    return app.rows[0]?.value === APPLICATION ? 'register' : 'foreign';
  }
  const tables = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema()');
  return (tables.rows[0]?.n ?? 0) === 0 ? 'empty' : 'foreign';
}

async function databaseName(client: pg.ClientBase): Promise<string> {
  return (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0]?.db ?? '?';
}

/** The steps to run for `migrations`, refusing a version no step covers (the app cannot build it on PostgreSQL). */
export function postgresPlan(migrations: readonly Migration[], steps: readonly PostgresStep[]): PostgresStep[] {
  const plan: PostgresStep[] = [];
  for (const m of migrations) {
    const step = steps.find((s) => s.covers.includes(m.version));
    if (step === undefined) {
      throw new AppError(
        'internal',
        `Registre partagé : l'étape ${m.version} « ${m.name} » du registre n'a pas encore d'équivalent PostgreSQL dans cette version de Registre.`,
      );
    }
    if (!plan.includes(step)) plan.push(step);
  }
  return plan;
}

/**
 * Brings a PostgreSQL register to the latest schema, all its steps in one transaction (PostgreSQL's
 * DDL is transactional: a failed step leaves the database as it was), under an advisory lock (two
 * apps opening a new register at once do not both create it). Refuses, in
 * French, a database of another application and a register written by a newer Registre (a step
 * it does not know), as the SQLite `migrate` does. Returns the versions applied.
 */
export async function migratePostgres(
  client: pg.ClientBase,
  migrations: readonly Migration[] = MIGRATIONS,
  steps: readonly PostgresStep[] = POSTGRES_STEPS,
): Promise<number[]> {
  const plan = postgresPlan(migrations, steps);
  const names = new Map(migrations.map((m) => [m.version, m.name]));
  const ran: number[] = [];
  await client.query('BEGIN');
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('registre migrate'))");
    const state = await postgresState(client);
    if (state === 'foreign') {
      throw new AppError(
        'conflict',
        `La base PostgreSQL « ${await databaseName(client)} » contient les tables d'une autre application : ` +
          'Registre n’y écrit pas. Créez une base vide pour le registre (voir le README, « Registre partagé »).',
      );
    }
    if (state === 'empty') {
      await client.query(`CREATE TABLE registre_meta (key text PRIMARY KEY, value text NOT NULL);
        INSERT INTO registre_meta (key, value) VALUES ('application', '${APPLICATION}');
        CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL);`);
    }
    const applied = (await client.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version')).rows;
    for (const row of applied) {
      if (names.get(row.version) !== row.name) {
        throw new AppError(
          'conflict',
          `Ce registre a été modifié par une version plus récente de Registre (étape ${row.version} « ${row.name} » inconnue) : ` +
            'mettez l’application à jour avant de l’ouvrir.',
        );
      }
    }
    const done = new Set(applied.map((r) => r.version));
    for (const step of plan) {
      const missing = step.covers.filter((v) => !done.has(v));
      if (missing.length === 0) continue;
      if (missing.length !== step.covers.length) {
        throw new AppError('internal', `Registre partagé : les étapes ${missing.join(', ')} manquent à un registre qui a les autres de la même étape PostgreSQL.`);
      }
      await client.query(step.sql);
      for (const v of step.covers) {
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [v, names.get(v), new Date().toISOString()]);
      }
      ran.push(...step.covers);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
  return ran;
}
