import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { regExpLiteral, removeStalePartials } from '../services/files/stale-partials';
import { validationError } from '../../shared/domain/errors';

/** Bytes gathered before each write: a year's rows go out in a few hundred writes, not one per row. */
const WRITE_BATCH = 64 * 1024;

/**
 * The temporary name `file` is written under, e.g. « G25.pdf.4242.tmp »: what a command killed
 * while writing the same file left there is removed first.
 */
function temporaryOf(file: string): string {
  removeStalePartials(dirname(file), new RegExp(`^${regExpLiteral(basename(file))}\\.(\\d+)\\.tmp$`));
  return `${file}.${process.pid}.tmp`;
}

/** Writes a whole file or nothing: a temporary file renamed into place. */
export function writeOutput(file: string, data: string | Uint8Array): void {
  writeOutputParts(file, [data]);
}

/**
 * Writes a file from its parts as they are produced (an export read row by row), whole or not at
 * all: the parts go to a temporary file, renamed into place at the end and removed on any failure
 * — of the disk, or of what produces the parts, whose own error is given back as it is.
 */
export function writeOutputParts(file: string, parts: Iterable<string | Uint8Array>): void {
  const tmp = temporaryOf(file);
  let fd: number | null = null;
  try {
    mkdirSync(dirname(file), { recursive: true });
    fd = openSync(tmp, 'w');
    let batch: Buffer[] = [];
    let size = 0;
    const flush = (target: number) => {
      writeSync(target, Buffer.concat(batch, size));
      batch = [];
      size = 0;
    };
    for (const part of parts) {
      const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
      batch.push(bytes);
      size += bytes.length;
      if (size >= WRITE_BATCH) flush(fd);
    }
    flush(fd);
    closeSync(fd);
    fd = null;
    renameSync(tmp, file);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('E')) {
      throw validationError(`Impossible d'écrire « ${file} » : ${e.message}`, 'out');
    }
    throw e;
  }
}

/**
 * Writes a file as `write` produces it, chunk after chunk (a registre of thousands of pages is
 * never whole in memory): into a temporary file renamed into place once `write` is done, removed
 * if it fails. Example: `await writeOutputAsProduced(target, (sink) => writeSomething(sink))`.
 */
export async function writeOutputAsProduced<T>(file: string, write: (sink: (chunk: Uint8Array) => void) => Promise<T>): Promise<T> {
  const tmp = temporaryOf(file);
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
