import { readFileSync } from 'node:fs';
import { validationError } from '../../shared/domain/errors';

/**
 * The file a command reads, named by its first positional argument: a missing name says how to
 * call the command, an unreadable file says so, both in French.
 */
export function readInput(positionals: string[], missing: string): { file: string; bytes: Buffer } {
  const file = positionals[0];
  if (file === undefined) throw validationError(missing, 'fichier');
  try {
    return { file, bytes: readFileSync(file) };
  } catch {
    throw validationError(`Fichier « ${file} » illisible ou introuvable.`, 'fichier');
  }
}
