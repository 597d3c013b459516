import { readFileSync } from 'node:fs';
import { validationError } from '../../shared/domain/errors';
import type { Options } from './args';
import { required } from './args';

/**
 * The certificate file and its passphrase, read from the environment variable named by
 * --password-env: a passphrase never appears on the command line, in a log or in the register.
 */
export function certificateFromOptions(values: Options, env: NodeJS.ProcessEnv = process.env): { p12: Uint8Array; passphrase: string } {
  const file = required(values, 'p12');
  const variable = required(values, 'password-env');
  const passphrase = env[variable];
  if (passphrase === undefined) {
    throw validationError(`Option --password-env : la variable d'environnement ${variable} n'est pas définie.`, 'password-env');
  }
  try {
    return { p12: readFileSync(file), passphrase };
  } catch {
    throw validationError(`Option --p12 : le fichier « ${file} » est illisible ou introuvable.`, 'p12');
  }
}
