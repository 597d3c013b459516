import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PgCluster } from '../../testing/pg-cluster';
import { PG_CLUSTER_HOOK_TIMEOUT, startPgCluster } from '../../testing/pg-cluster';
import { migratePostgres } from './migrate';
import { G25_EXECUTORY, REGISTER_AT_SEED } from '../migrations/testing/register-at';

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startPgCluster();
}, PG_CLUSTER_HOOK_TIMEOUT);
afterAll(() => cluster.stop(), PG_CLUSTER_HOOK_TIMEOUT);

async function connected<T>(url: string, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

describe('the roles the README creates', () => {
  it('let a secretary write and be journaled by name, but not alter the schema nor set the seals aside', async () => {
    // The README's command block, as the postgres superuser runs it.
    await connected(cluster.url('postgres'), (admin) =>
      admin.query('CREATE ROLE registre_admin LOGIN; CREATE ROLE secretariat NOLOGIN; CREATE ROLE amelie LOGIN IN ROLE secretariat;'),
    );
    await cluster.createDatabase('registre', 'registre_admin');
    await connected(cluster.url('registre'), (admin) =>
      admin.query(`ALTER DEFAULT PRIVILEGES FOR ROLE registre_admin IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO secretariat;
        ALTER DEFAULT PRIVILEGES FOR ROLE registre_admin IN SCHEMA public GRANT USAGE ON SEQUENCES TO secretariat;`),
    );

    await connected(cluster.url('registre', 'registre_admin'), async (owner) => {
      await migratePostgres(owner);
      await owner.query(REGISTER_AT_SEED + G25_EXECUTORY);
    });
    await connected(cluster.url('registre', 'amelie'), async (amelie) => {
      await amelie.query("UPDATE act_attendance SET status = 'absent' WHERE act_id = 2");
      await amelie.query(`INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 30, 'NOUVEL ACTE', '{"kind":"unanimity"}')`);
      expect((await amelie.query("SELECT DISTINCT author FROM journal WHERE author <> 'registre_admin'")).rows).toEqual([{ author: 'amelie' }]);
      await expect(amelie.query("UPDATE acts SET object = 'RÉÉCRIT' WHERE id = 1")).rejects.toThrow(/Acte exécutoire verrouillé/);
      await expect(amelie.query('ALTER TABLE acts DISABLE TRIGGER acts_locked_update')).rejects.toThrow(/must be owner/);
      await expect(amelie.query('DROP TRIGGER acts_locked_update ON acts')).rejects.toThrow(/must be owner/);
      await expect(amelie.query("SET session_replication_role = 'replica'")).rejects.toThrow(/permission denied/);
      // Setting the copy's bypass is refused: the register is not empty.
      await expect(amelie.query('SELECT registre_begin_copy()')).rejects.toThrow(/Copie refusée/);
    });
  });
});
