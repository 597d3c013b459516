import { statfsSync } from 'node:fs';
import { AppError } from '../../../shared/domain/errors';

/** Below this much free space, an input/output error of SQLite in that folder is taken for a full disk. */
const NEARLY_FULL_BYTES = 1024 * 1024;

/**
 * Whether a failure is the disk being full: SQLite's SQLITE_FULL (a transaction, a backup), the
 * system's ENOSPC, a quota (EDQUOT) — or, on a disk with almost no room left in `folder`, an
 * input/output error of SQLite: its shared-memory file (`-shm`) cannot grow on a full disk and says
 * only SQLITE_IOERR_SHMSIZE. Such a failure says nothing of the register's state: it must never be
 * reported as a damaged register nor as an internal error.
 */
export function isDiskFull(e: unknown, folder?: string): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return true;
  if (folder === undefined || typeof code !== 'string' || !code.startsWith('SQLITE_IOERR')) return false;
  try {
    const fs = statfsSync(folder);
    return fs.bavail * fs.bsize < NEARLY_FULL_BYTES;
  } catch {
    return false;
  }
}

/**
 * The French refusal of a write that found no room in `folder`. `unchanged` says what was kept as
 * it was, e.g. « Le registre n'a pas été modifié. »
 */
export function diskFull(folder: string, unchanged: string): AppError {
  return new AppError('conflict', `Le disque est plein (dossier « ${folder} ») : ${unchanged} Libérez de la place sur ce disque, puis recommencez.`, 'registre');
}
