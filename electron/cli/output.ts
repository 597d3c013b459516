import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
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

/**
 * Writes a file as `write` produces it, chunk after chunk (a registre of thousands of pages is
 * never whole in memory): into a temporary file renamed into place once `write` is done, removed
 * if it fails. Example: `await writeOutputAsProduced(target, (sink) => writeSomething(sink))`.
 */
export async function writeOutputAsProduced<T>(file: string, write: (sink: (chunk: Uint8Array) => void) => Promise<T>): Promise<T> {
  const tmp = `${file}.${process.pid}.tmp`;
  let fd: number;
  try {
    mkdirSync(dirname(file), { recursive: true });
    fd = openSync(tmp, 'w');
  } catch (e) {
    throw validationError(`Impossible d'écrire « ${file} » : ${(e as Error).message}`, 'out');
  }
  try {
    const result = await write((chunk) => {
      for (let at = 0; at < chunk.byteLength; ) at += writeSync(fd, chunk, at);
    });
    closeSync(fd);
    renameSync(tmp, file);
    return result;
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // Already closed: the rename failed.
    }
    rmSync(tmp, { force: true });
    throw e;
  }
}
