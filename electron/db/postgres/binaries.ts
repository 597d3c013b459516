import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian puts each major version's server programs (not on PATH): /usr/lib/postgresql/15/bin. */
const DEBIAN_ROOT = '/usr/lib/postgresql';

/**
 * The path of a PostgreSQL program (pg_dump, pg_restore, initdb, pg_ctl): the newest Debian
 * version's, else the name alone, found on PATH (Windows installers, other distributions).
 * The newest, because pg_dump refuses a server newer than itself.
 */
export function postgresProgram(name: string): string {
  if (existsSync(DEBIAN_ROOT)) {
    const versions = readdirSync(DEBIAN_ROOT)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const path = join(DEBIAN_ROOT, v, 'bin', name);
      if (existsSync(path)) return path;
    }
  }
  return name;
}
