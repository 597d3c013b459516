import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER_TABLES } from '../../db/postgres/baseline/tables';
import { runCaptured } from '../capture';
import { demoRegisterFile } from '../../testing/demo-register-file';
import type { PgCluster } from '../../testing/pg-cluster';
import { PG_CLUSTER_HOOK_TIMEOUT, startPgCluster } from '../../testing/pg-cluster';

let cluster: PgCluster;
let dir: string;
let demo: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'registre-copy-'));
  demo = await demoRegisterFile(dir);
  // A signature, so that bytes (its PDF) and the signature seals travel too.
  const db = new Database(demo);
  db.prepare(
    `INSERT INTO signatures (act_id, signed_at, sha256, signer_member_id, signer_label, certificate_subject, certificate_issuer,
       serial_number, not_before, not_after, pdf)
     SELECT id, '2025-03-14T08:15:00.000Z', ?, (SELECT president_id FROM sessions WHERE id = acts.session_id), 'Président', 'CN=X', 'CN=AC', '1',
       '2025-01-01T00:00:00.000Z', '2035-01-01T00:00:00.000Z', ? FROM acts ORDER BY id LIMIT 1`,
  ).run('a'.repeat(64), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]));
  db.close();
  cluster = await startPgCluster();
}, PG_CLUSTER_HOOK_TIMEOUT);
afterAll(async () => {
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}, PG_CLUSTER_HOOK_TIMEOUT);

/** Row counts of every register table in the SQLite file. */
function sqliteCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(REGISTER_TABLES.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]));
  } finally {
    db.close();
  }
}

async function postgresCounts(database: string): Promise<Record<string, number>> {
  const client = await cluster.admin(database);
  try {
    const counts: Record<string, number> = {};
    for (const t of REGISTER_TABLES) counts[t] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`)).rows[0]?.n ?? -1;
    return counts;
  } finally {
    await client.end();
  }
}

describe('registre init and copy to PostgreSQL', () => {
  it('creates the schema in an empty database, then copies the demo register whole, verified, and sealed as before', async () => {
    const url = await cluster.createDatabase('demo_copy');
    const init = await runCaptured(['init', '--db', url]);
    expect(init.err).toBe('');
    expect(init.out).toMatch(/Registre partagé créé dans la base « demo_copy »/);

    const expected = sqliteCounts(demo);
    expect(expected.acts).toBeGreaterThan(10);
    expect(expected.journal).toBeGreaterThan(0);
    expect(expected.signatures).toBe(1);
    const copy = await runCaptured(['copy', '--from', demo, '--to', url]);
    expect(copy.err).toBe('');
    expect(copy.code).toBe(0);
    expect(copy.out).toMatch(/vérifié relu/);
    expect(copy.out).toMatch(new RegExp(`Actes : ${expected.acts}, empreinte SHA-256 identique des deux côtés : [0-9a-f]{64}`));
    expect(copy.out).toMatch(new RegExp(`acts\\s+${expected.acts} lignes, identiques`));
    expect(await postgresCounts('demo_copy')).toEqual(expected);

    // The copy's bypass did not outlive it: the copied executory acts are sealed, and new rows take new ids.
    const client = await cluster.admin('demo_copy');
    try {
      expect((await client.query('SELECT count(*)::int AS n FROM registre_copy')).rows).toEqual([{ n: 0 }]);
      expect((await client.query<{ pdf: Buffer }>('SELECT pdf FROM signatures')).rows[0]?.pdf).toEqual(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]));
      await expect(client.query('DELETE FROM signatures')).rejects.toThrow(/ni modifiée ni supprimée/);
      const executory = (await client.query<{ id: number }>('SELECT id FROM acts WHERE executory_date IS NOT NULL LIMIT 1')).rows[0]?.id;
      expect(executory).toBeDefined();
      await expect(client.query(`UPDATE acts SET object = 'RÉÉCRIT' WHERE id = ${executory}`)).rejects.toThrow(/Acte exécutoire verrouillé/);
      await expect(client.query(`DELETE FROM session_members WHERE session_id = (SELECT session_id FROM acts WHERE id = ${executory})`)).rejects.toThrow(
        /Séance verrouillée/,
      );
      const before = (await client.query<{ n: number }>('SELECT max(id)::int AS n FROM journal')).rows[0]?.n ?? 0;
      await client.query("INSERT INTO settings (key, value) VALUES ('essai', 'oui')");
      await client.query(`UPDATE sessions SET place = place || ' (bis)' WHERE id NOT IN (SELECT session_id FROM acts)`);
      await client.query(`INSERT INTO journal (author, subject, after) VALUES ('test', 'import', 'essai')`);
      expect((await client.query<{ n: number }>('SELECT max(id)::int AS n FROM journal')).rows[0]?.n).toBe(before + 1);
    } finally {
      await client.end();
    }

    // A second copy into the same database is refused: it already holds a register.
    const again = await runCaptured(['copy', '--from', demo, '--to', url]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/Copie refusée : la base PostgreSQL contient déjà des données du registre/);
    expect(await postgresCounts('demo_copy')).toEqual({ ...expected, settings: (expected.settings ?? 0) + 1, journal: (expected.journal ?? 0) + 1 });
  });

  it('copies into a blank database too (its schema created first)', async () => {
    const url = await cluster.createDatabase('blank_copy');
    const copy = await runCaptured(['copy', '--from', demo, '--to', url]);
    expect(copy.err).toBe('');
    expect(await postgresCounts('blank_copy')).toEqual(sqliteCounts(demo));
  });

  it('refuses a password in the address, a database of another application and a second init, in French', async () => {
    const url = await cluster.createDatabase('other_app');
    const withPassword = url.replace('postgres@', 'postgres:secret@');
    for (const argv of [
      ['init', '--db', withPassword],
      ['copy', '--from', demo, '--to', withPassword],
    ]) {
      const r = await runCaptured(argv);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/le mot de passe ne s’écrit jamais dans la commande/);
      expect(r.err).not.toMatch(/secret/);
    }
    const client = await cluster.admin('other_app');
    await client.query('CREATE TABLE invoices (id integer PRIMARY KEY)');
    await client.end();
    const foreign = await runCaptured(['copy', '--from', demo, '--to', url]);
    expect(foreign.code).toBe(1);
    expect(foreign.err).toMatch(/contient les tables d'une autre application/);

    const fresh = await cluster.createDatabase('twice');
    expect((await runCaptured(['init', '--db', fresh])).code).toBe(0);
    const twice = await runCaptured(['init', '--db', fresh]);
    expect(twice.code).toBe(1);
    expect(twice.err).toMatch(/contient déjà un registre : registre init ne crée qu'un registre nouveau/);
  });
});
