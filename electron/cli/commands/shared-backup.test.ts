import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../capture';
import { demoRegisterFile } from '../../testing/demo-register-file';
import type { PgCluster } from '../../testing/pg-cluster';
import { PG_CLUSTER_HOOK_TIMEOUT, startPgCluster } from '../../testing/pg-cluster';

let cluster: PgCluster;
let dir: string;
let shared: string;
const appRegister = process.env.REGISTRE_DB;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'registre-shared-backup-'));
  // The app's own register decides where a shared register's backups go: here, in the test folder.
  process.env.REGISTRE_DB = join(dir, 'app', 'registre.sqlite');
  const demo = await demoRegisterFile(dir);
  cluster = await startPgCluster();
  shared = await cluster.createDatabase('shared');
  const copy = await runCaptured(['copy', '--from', demo, '--to', shared]);
  if (copy.code !== 0) throw new Error(copy.err);
}, PG_CLUSTER_HOOK_TIMEOUT);
afterAll(async () => {
  if (appRegister === undefined) delete process.env.REGISTRE_DB;
  else process.env.REGISTRE_DB = appRegister;
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}, PG_CLUSTER_HOOK_TIMEOUT);

const counts = async (database: string) => {
  const client = await cluster.admin(database);
  try {
    return (await client.query<{ acts: number; journal: number }>("SELECT (SELECT count(*) FROM acts)::int AS acts, (SELECT count(*) FROM journal WHERE subject <> 'restauration')::int AS journal")).rows[0];
  } finally {
    await client.end();
  }
};

describe('registre backup and restore of a shared register', () => {
  it('backs up with pg_dump into the backups folder, and restores into an empty database only', async () => {
    const backup = await runCaptured(['backup', '--db', shared]);
    expect(backup.err).toBe('');
    const file = /Sauvegarde écrite : (.+\.dump)$/.exec(backup.out)?.[1] ?? '';
    expect(file.startsWith(join(dir, 'app', 'sauvegardes', 'registre-partage-shared-'))).toBe(true);
    expect((await runCaptured(['restore', '--db', shared])).out).toContain(basename(file));

    const target = await cluster.createDatabase('restored');
    const restore = await runCaptured(['restore', file, '--db', target]);
    expect(restore.err).toBe('');
    expect(restore.out).toMatch(/Registre partagé restauré depuis .+ :\n {2}CP — séance du 16 octobre 2023 : \d+ actes/);
    expect(await counts('restored')).toEqual(await counts('shared'));
    // Restored whole, seals included.
    const client = await cluster.admin('restored');
    try {
      await expect(client.query('UPDATE acts SET object = \'RÉÉCRIT\' WHERE executory_date IS NOT NULL')).rejects.toThrow(/Acte exécutoire verrouillé/);
      expect((await client.query("SELECT after FROM journal WHERE subject = 'restauration'")).rows).toEqual([{ after: `sauvegarde ${basename(file)} restaurée` }]);
    } finally {
      await client.end();
    }

    const again = await runCaptured(['restore', file, '--db', target]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/n'est pas vide : une sauvegarde ne se restaure que dans une base vide/);
  });

  it('refuses a file that is not a shared register backup, the database left empty', async () => {
    const target = await cluster.createDatabase('untouched');
    const fake = join(dir, 'faux.dump');
    writeFileSync(fake, 'SQLite format 3\u0000');
    const r = await runCaptured(['restore', fake, '--db', target]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/n'est pas une sauvegarde de registre partagé/);
    const client = await cluster.admin('untouched');
    try {
      expect((await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).rows).toEqual([{ n: 0 }]);
    } finally {
      await client.end();
    }
  });
});
