import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { clientConfig, isPostgresUrl, parsePostgresUrl, pgpassPassword } from './connect';

const dir = mkdtempSync(join(tmpdir(), 'registre-pgpass-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('shared register address', () => {
  it('tells a PostgreSQL address from a register file', () => {
    expect(isPostgresUrl('postgres://amelie@srv/registre')).toBe(true);
    expect(isPostgresUrl('postgresql://amelie@srv/registre')).toBe(true);
    expect(isPostgresUrl('/home/amelie/registre.sqlite')).toBe(false);
  });

  it('reads user, host, port and database; the port defaults to 5432', () => {
    expect(parsePostgresUrl('postgres://amelie@srv.cd83.local/registre')).toMatchObject({ user: 'amelie', host: 'srv.cd83.local', port: 5432, database: 'registre' });
    expect(parsePostgresUrl('postgres://amelie@127.0.0.1:5433/reg')).toMatchObject({ port: 5433, database: 'reg' });
  });

  it('gives the server the password typed or kept, not only PGPASSWORD', () => {
    vi.stubEnv('PGPASSWORD', '');
    try {
      const client = new pg.Client({ ...clientConfig('postgres://amelie@srv.cd83.local:5433/registre'), password: 'Sésame du 4 décembre' });
      expect(client).toMatchObject({ password: 'Sésame du 4 décembre', user: 'amelie', host: 'srv.cd83.local', port: 5433, database: 'registre' });
      // What the address says beyond the server is kept: a team's server across the network asks for TLS.
      const secure = new pg.Client({ ...clientConfig('postgres://amelie@srv.cd83.local/registre?sslmode=verify-full'), password: 'Sésame' });
      expect(secure).toMatchObject({ password: 'Sésame', host: 'srv.cd83.local', port: 5432, database: 'registre', ssl: {} });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('refuses a password written in the address, and an address without a database, in French', () => {
    expect(() => parsePostgresUrl('postgres://amelie:secret@srv/registre')).toThrow(/le mot de passe ne s’écrit jamais dans la commande/);
    expect(() => parsePostgresUrl('postgres://amelie@srv/registre?password=secret')).toThrow(/PGPASSWORD ou le fichier ~\/\.pgpass/);
    expect(() => parsePostgresUrl('postgres://amelie@srv')).toThrow(/nommez la base/);
  });

  it('finds the password in a ~/.pgpass readable by its owner only, as libpq does', () => {
    const file = join(dir, 'pgpass');
    writeFileSync(file, '# commentaire\nautre:5432:registre:amelie:non\nsrv:*:registre:amelie:pa\\:ss\\\\word\n*:*:*:*:défaut\n');
    chmodSync(file, 0o600);
    const target = parsePostgresUrl('postgres://amelie@srv:5433/registre');
    expect(pgpassPassword(target, file)).toBe('pa:ss\\word');
    expect(pgpassPassword(parsePostgresUrl('postgres://luc@srv/registre'), file)).toBe('défaut');
    if (process.platform !== 'win32') {
      chmodSync(file, 0o644);
      expect(pgpassPassword(target, file)).toBeUndefined();
    }
  });
});
