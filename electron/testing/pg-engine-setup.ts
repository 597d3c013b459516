import { migratePostgres } from '../db/postgres/migrate';
import { startPgCluster } from './pg-cluster';

/** The database every test register of the PostgreSQL run is created from (CREATE DATABASE … TEMPLATE). */
export const TEMPLATE_DATABASE = 'registre_template';

/** The environment variable that gives the test processes the cluster's superuser address (they inherit it). */
export const PG_ENGINE_ADMIN_URL = 'REGISTRE_TEST_PG_ADMIN_URL';

/**
 * Global setup of the PostgreSQL run (REGISTRE_TEST_ENGINE=postgres, see vitest.config.ts): one
 * throwaway server for the whole run, holding an empty register migrated once as the template of
 * every test's own database.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const cluster = await startPgCluster();
  await cluster.createDatabase(TEMPLATE_DATABASE);
  const client = await cluster.admin(TEMPLATE_DATABASE);
  try {
    await migratePostgres(client);
  } finally {
    await client.end();
  }
  process.env[PG_ENGINE_ADMIN_URL] = cluster.url('postgres');
  return () => cluster.stop();
}
