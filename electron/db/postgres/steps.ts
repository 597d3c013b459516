import { baseline } from './baseline';
import { conventionsSealedInsert } from './conventions-sealed-insert';
import type { PostgresStep } from './step';

/**
 * The PostgreSQL steps, in order: the SQLite migrations' list (electron/db/migrations) stays the
 * register's one history; each of its versions must be covered by exactly one step here. A new
 * SQLite migration 00NN comes with a step { covers: [NN], sql } appended here (its test in
 * postgres/migrate.test.ts checks that no version is left without one).
 */
export const POSTGRES_STEPS: readonly PostgresStep[] = [baseline, conventionsSealedInsert];
