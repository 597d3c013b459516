import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { validationError } from '../../shared/domain/errors';

/** Writes a whole file or nothing: a temporary file renamed into place. */
export function writeOutput(file: string, data: string | Uint8Array): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (e) {
    throw validationError(`Impossible d'écrire « ${file} » : ${(e as Error).message}`, 'out');
  }
}
