import Database from 'better-sqlite3';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PgCluster } from '../../testing/pg-cluster';
import { PG_CLUSTER_HOOK_TIMEOUT, startPgCluster } from '../../testing/pg-cluster';
import { migrate } from '../migrate';
import { MIGRATIONS } from '../migrations';
import { migratePostgres, postgresPlan, postgresState } from './migrate';
import { POSTGRES_STEPS } from './steps';

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startPgCluster();
}, PG_CLUSTER_HOOK_TIMEOUT);
afterAll(() => cluster.stop(), PG_CLUSTER_HOOK_TIMEOUT);

let n = 0;
/** A new empty database and a client on it; the client is ended by `use`. */
async function use<T>(body: (client: pg.Client) => Promise<T>): Promise<T> {
  const name = `migrate_${++n}`;
  await cluster.createDatabase(name);
  const client = await cluster.admin(name);
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

describe('PostgreSQL migrations', () => {
  it('cover every SQLite migration: each version has its PostgreSQL step', () => {
    const plan = postgresPlan(MIGRATIONS, POSTGRES_STEPS);
    expect(plan.flatMap((s) => s.covers)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('refuse a version no PostgreSQL step builds, in French', () => {
    expect(() => postgresPlan([...MIGRATIONS, { version: 99, name: 'future', sql: '' }], POSTGRES_STEPS)).toThrow(
      /l'étape 99 « future » du registre n'a pas encore d'équivalent PostgreSQL/,
    );
  });

  it('create the schema of every version in an empty database, recorded under the SQLite names, once', async () => {
    await use(async (client) => {
      expect(await postgresState(client)).toBe('empty');
      expect(await migratePostgres(client)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await postgresState(client)).toBe('register');
      const rows = (await client.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version')).rows;
      expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
      const tables = (await client.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).rows.map((r) => r.t);
      expect(tables).toEqual(expect.arrayContaining(['acts', 'act_attendance', 'journal', 'signatures', 'act_templates', 'act_annexes', 'registre_meta']));
      expect(await migratePostgres(client)).toEqual([]);
    });
  });

  it('mirror every SQLite trigger under its name (journal_context aside: the author is the connected role)', async () => {
    const sqlite = new Database(':memory:');
    migrate(sqlite, MIGRATIONS);
    const sqliteTriggers = sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").pluck().all() as string[];
    sqlite.close();
    await use(async (client) => {
      await migratePostgres(client);
      const pgTriggers = (await client.query<{ name: string }>('SELECT tgname AS name FROM pg_trigger WHERE NOT tgisinternal')).rows.map((r) => r.name);
      expect(sqliteTriggers.length).toBeGreaterThan(60);
      expect(sqliteTriggers.filter((t) => !pgTriggers.includes(t))).toEqual(['journal_context_no_delete']);
    });
  });

  it('refuse a database of another application, leaving it untouched', async () => {
    await use(async (client) => {
      await client.query('CREATE TABLE invoices (id integer PRIMARY KEY)');
      expect(await postgresState(client)).toBe('foreign');
      await expect(migratePostgres(client)).rejects.toThrow(/contient les tables d'une autre application/);
      const tables = (await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).rows;
      expect(tables).toEqual([{ tablename: 'invoices' }]);
    });
  });

  it('refuse a register written by a newer Registre (a step it does not know)', async () => {
    await use(async (client) => {
      await migratePostgres(client);
      await client.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01T00:00:00Z')");
      await expect(migratePostgres(client)).rejects.toThrow(/version plus récente de Registre \(étape 99 « future » inconnue\)/);
    });
  });
});
