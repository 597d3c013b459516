/**
 * Whether this run of the suite is on PostgreSQL (REGISTRE_TEST_ENGINE=postgres, see vitest.config.ts):
 * for the few assertions that differ by design between the engines, each with its reason beside it.
 */
export const onPostgres = process.env.REGISTRE_TEST_ENGINE === 'postgres';
