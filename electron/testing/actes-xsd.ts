import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The official @ctes schema shipped with the project (it imports siret.xsd and insee-commun.xsd beside it). */
export const ACTES_XSD = fileURLToPath(new URL('../../reference/actes-xsd/actesv1_1.xsd', import.meta.url));

/**
 * Validates @ctes XML files against `actesv1_1.xsd` with xmllint (libxml2-utils); returns
 * xmllint's complaints, empty when every file is valid.
 */
export function actesSchemaErrors(files: readonly { name: string; bytes: Uint8Array }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'registre-xsd-'));
  try {
    const paths = files.map((f, i) => {
      const path = join(dir, `${i}-${f.name.replace(/[\\/]/g, '_')}`);
      writeFileSync(path, f.bytes);
      return path;
    });
    const run = spawnSync('xmllint', ['--noout', '--schema', ACTES_XSD, ...paths], { encoding: 'utf8' });
    if (run.error !== undefined) throw run.error;
    return run.status === 0 ? '' : run.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
