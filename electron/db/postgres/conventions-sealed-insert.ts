import { CONVENTION_ADDED } from '../migrations/0014-conventions-sealed-insert';
import type { PostgresStep } from './step';
import { refuse, rowTrigger } from './step';

/** SQLite's 0014 on PostgreSQL: no convention is added to an executory or signed act. */
export const conventionsSealedInsert: PostgresStep = {
  covers: [14],
  sql: rowTrigger(
    'conventions_sealed_insert',
    'BEFORE',
    'INSERT',
    'conventions',
    `IF registre_act_sealed(NEW.act_id) THEN
      ${refuse(CONVENTION_ADDED)}
    END IF;`,
  ),
};
