import { AppError } from '../../../shared/domain/errors';
import { SEALED_SQLSTATE } from './step';

/**
 * A refusal by the register's own triggers (a seal, the journal, the copy's rules) as the app's
 * « verrouillé » error with its French message; any other error unchanged.
 */
export function fromPostgres(e: unknown): unknown {
  if (e instanceof AppError) return e;
  if ((e as { code?: string }).code === SEALED_SQLSTATE) return new AppError('locked', (e as Error).message);
  return e;
}
