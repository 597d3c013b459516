import type { PostgresStep } from '../step';
import { COPYING } from './copying';
import { JOURNAL } from './journal';
import { PREDICATES } from './predicates';
import { SEALS } from './seals';
import { TABLES } from './tables';

/**
 * The register's schema at version 12, created at once on an empty PostgreSQL database: the
 * twelve SQLite steps replayed one by one would rebuild tables SQLite cannot alter (0004) for
 * nothing. Later versions each get their own step, like their SQLite migration.
 */
export const baseline: PostgresStep = {
  covers: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  sql: [TABLES, COPYING, PREDICATES, SEALS, JOURNAL].join('\n'),
};
