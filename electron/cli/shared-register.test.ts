import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCaptured } from './capture';
import type { PgCluster } from '../testing/pg-cluster';
import { PG_CLUSTER_HOOK_TIMEOUT, startPgCluster } from '../testing/pg-cluster';

/*
 * Every command on a shared register, as the README sets it up: a role that owns the schema
 * (init), and a role per secretary in the « secretariat » group, who reads and writes through the
 * app and is named by the journal.
 */

let cluster: PgCluster;
let dir: string;
let home: string | undefined;
const session = new URL('../../reference/session-2023-10-16.json', import.meta.url).pathname;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'registre-shared-cli-'));
  // The documents of a shared register go into the user's data folder: a temporary one here.
  home = process.env.XDG_CONFIG_HOME;
  process.env.XDG_CONFIG_HOME = dir;
  cluster = await startPgCluster();
  const admin = await cluster.admin();
  try {
    await admin.query('CREATE ROLE registre_admin LOGIN; CREATE ROLE secretariat NOLOGIN; CREATE ROLE amelie LOGIN IN ROLE secretariat');
    await admin.query('CREATE DATABASE registre OWNER registre_admin');
  } finally {
    await admin.end();
  }
  const db = await cluster.admin('registre');
  try {
    await db.query(`ALTER DEFAULT PRIVILEGES FOR ROLE registre_admin IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO secretariat;
      ALTER DEFAULT PRIVILEGES FOR ROLE registre_admin IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO secretariat`);
  } finally {
    await db.end();
  }
}, PG_CLUSTER_HOOK_TIMEOUT);
afterAll(async () => {
  await cluster.stop();
  if (home === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = home;
  rmSync(dir, { recursive: true, force: true });
}, PG_CLUSTER_HOOK_TIMEOUT);

describe('the CLI on a shared register', () => {
  it('imports, shows, prints and journals as a secretary connected as herself', async () => {
    const asAdmin = cluster.url('registre', 'registre_admin');
    const asAmelie = cluster.url('registre', 'amelie');
    expect((await runCaptured(['init', '--db', asAdmin])).code).toBe(0);

    const imported = await runCaptured(['import', session, '--db', asAmelie]);
    expect(imported.err).toBe('');
    expect(imported.out).toMatch(/16 actes/);

    const shown = await runCaptured(['show', '--session', '2023-10-16', '--body', 'CP', '--act', 'G25', '--db', asAmelie]);
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/VAR HABITAT/);

    const pdf = join(dir, 'liste.pdf');
    expect((await runCaptured(['liste', '--session', '2023-10-16', '--body', 'CP', '--out', pdf, '--db', asAmelie])).code).toBe(0);
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/G25/);

    // The journal names the role that wrote, not the account of the machine.
    const csv = join(dir, 'journal.csv');
    expect((await runCaptured(['journal', '--csv', csv, '--db', asAmelie])).code).toBe(0);
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\r\n').slice(1);
    expect(lines.length).toBeGreaterThan(16);
    expect(new Set(lines.map((l) => l.split(';')[1]))).toEqual(new Set(['amelie']));

    // With the README's rights (SELECT on the sequences), a secretary backs the register up (pg_dump).
    const backup = await runCaptured(['backup', '--db', asAmelie]);
    expect(backup.err).toBe('');
    expect(backup.code).toBe(0);

    // A secretary cannot touch the schema nor set the seals aside: refused by the server.
    const client = await cluster.admin('registre');
    try {
      await client.query('SET ROLE amelie');
      await expect(client.query('ALTER TABLE acts DISABLE TRIGGER USER')).rejects.toThrow(/owner|propriétaire/);
      await expect(client.query("UPDATE acts SET object = 'RÉÉCRIT' WHERE executory_date IS NOT NULL")).rejects.toThrow(/Acte exécutoire verrouillé/);
    } finally {
      await client.end();
    }
  });

  it('refuses, in French, an empty database and a server that does not answer', async () => {
    const empty = await cluster.createDatabase('vide');
    const refused = await runCaptured(['show', '--session', '2023-10-16', '--body', 'CP', '--db', empty]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/ne contient pas encore de registre : créez-le d’abord \(registre init --db/);
    const nobody = await runCaptured(['show', '--session', '2023-10-16', '--body', 'CP', '--db', 'postgres://amelie@127.0.0.1:1/registre']);
    expect(nobody.code).toBe(1);
    expect(nobody.err).toMatch(/Serveur PostgreSQL injoignable \(127\.0\.0\.1:1\)/);
  });
});
