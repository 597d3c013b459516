import { parseArgs } from 'node:util';
import { appRegisterPath } from '../services/register/register-file';

/** The file named by --db, if any. */
export function namedRegister(argv: string[]): string | undefined {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' } }, strict: false, allowPositionals: true });
  return typeof values.db === 'string' ? values.db : undefined;
}

/** The register named by --db, or the app's own. */
export function registerPath(argv: string[]): string {
  return namedRegister(argv) ?? appRegisterPath();
}
