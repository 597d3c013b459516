import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PgCluster } from '../../testing/pg-cluster';
import { PG_CLUSTER_HOOK_TIMEOUT, startPgCluster } from '../../testing/pg-cluster';
import { SEALED_SQLSTATE } from './step';
import { sealedDatabase, snapshotPg } from './testing/pg-register';

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startPgCluster();
}, PG_CLUSTER_HOOK_TIMEOUT);
afterAll(() => cluster.stop(), PG_CLUSTER_HOOK_TIMEOUT);

describe('PostgreSQL step 14 (as SQLite 0014)', () => {
  it('refuses a new convention on the executory G25, in French, the register unchanged; the draft G26 takes one', async () => {
    const { client } = await sealedDatabase(cluster);
    try {
      const before = await snapshotPg(client);
      const error = await client
        .query("INSERT INTO conventions (act_id, number, kind, data) VALUES (1, 'CO 2023-2000', 'garantie-emprunt', '{}')")
        .then(() => null, (e: unknown) => e);
      expect(error).toMatchObject({ code: SEALED_SQLSTATE });
      expect((error as Error).message).toMatch(/Convention verrouillée : une convention ne peut plus être ajoutée à un acte exécutoire ou signé/);
      expect(await snapshotPg(client)).toEqual(before);
      await client.query("INSERT INTO conventions (act_id, number, kind, data) VALUES (2, 'CO 2023-2001', 'tripartite', '{}')");
    } finally {
      await client.end();
    }
  });
});
