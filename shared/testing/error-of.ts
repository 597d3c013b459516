import { AppError } from '../domain/errors';

/** The AppError `run` throws, to assert its type, field and message; fails when it throws none. */
export function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}
