import { AppError } from '../../../shared/domain/errors';

/**
 * Whether a failure is the disk being full: SQLite's SQLITE_FULL (a transaction, a backup), the
 * system's ENOSPC, or a quota (EDQUOT). Such a failure says nothing of the register's state: it
 * must never be reported as a damaged register nor as an internal error.
 */
export function isDiskFull(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}

/**
 * The French refusal of a write that found no room in `folder`. `unchanged` says what was kept as
 * it was, e.g. « Le registre n'a pas été modifié. »
 */
export function diskFull(folder: string, unchanged: string): AppError {
  return new AppError('conflict', `Le disque est plein (dossier « ${folder} ») : ${unchanged} Libérez de la place sur ce disque, puis recommencez.`, 'registre');
}
