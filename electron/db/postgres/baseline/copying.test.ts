import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PgCluster } from '../../../testing/pg-cluster';
import { PG_CLUSTER_HOOK_TIMEOUT, startPgCluster } from '../../../testing/pg-cluster';
import { G25_EXECUTORY, REGISTER_AT_SEED } from '../../migrations/testing/register-at';
import { migratedDatabase } from '../testing/pg-register';

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startPgCluster();
}, PG_CLUSTER_HOOK_TIMEOUT);
afterAll(() => cluster.stop(), PG_CLUSTER_HOOK_TIMEOUT);

const count = async (client: { query: (sql: string) => Promise<{ rows: { n: number }[] }> }, table: string) =>
  (await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n;

describe('the copy bypass of the seals', () => {
  it('lets one transaction write an executory act with its attendance into an empty register, without journal entries', async () => {
    const { client } = await migratedDatabase(cluster);
    try {
      await client.query('BEGIN');
      await client.query('SELECT registre_begin_copy()');
      await client.query(REGISTER_AT_SEED + G25_EXECUTORY);
      // Outside a copy, changing an executory act's attendance is refused.
      await client.query("UPDATE act_attendance SET status = 'absent' WHERE act_id = 1 AND member_id = 2");
      await client.query('SELECT registre_end_copy()');
      await client.query('COMMIT');
      expect(await count(client, 'journal')).toBe(0);
      expect(await count(client, 'act_numbers_used')).toBe(0);
      expect((await client.query("SELECT status FROM act_attendance WHERE act_id = 1 AND member_id = 2")).rows).toEqual([{ status: 'absent' }]);
      // Once committed, the seals hold again.
      await expect(client.query('DELETE FROM act_attendance WHERE act_id = 1')).rejects.toThrow(/Acte exécutoire verrouillé/);
    } finally {
      await client.end();
    }
  });

  it('refuses to commit a copy that did not end: its bypass is never committed', async () => {
    const { client } = await migratedDatabase(cluster);
    try {
      await client.query('BEGIN');
      await client.query('SELECT registre_begin_copy()');
      await client.query(REGISTER_AT_SEED);
      await expect(client.query('COMMIT')).rejects.toThrow(/Copie inachevée/);
      expect(await count(client, 'acts')).toBe(0);
      expect(await count(client, 'registre_copy')).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('is refused on a register holding data, and binds no other transaction', async () => {
    const { client } = await migratedDatabase(cluster);
    try {
      await client.query(REGISTER_AT_SEED + G25_EXECUTORY);
      await expect(client.query('SELECT registre_begin_copy()')).rejects.toThrow(/Copie refusée : la base PostgreSQL contient déjà des données/);
      await expect(client.query('INSERT INTO registre_copy (xact) VALUES (txid_current() + 1)')).rejects.toThrow(/seule la transaction en cours/);
      await expect(client.query("UPDATE acts SET object = 'RÉÉCRIT' WHERE id = 1")).rejects.toThrow(/Acte exécutoire verrouillé/);
    } finally {
      await client.end();
    }
  });
});
