import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PgCluster } from '../../../testing/pg-cluster';
import { PG_CLUSTER_HOOK_TIMEOUT, startPgCluster } from '../../../testing/pg-cluster';
import { G25_EXECUTORY, REGISTER_AT_SEED, registerAt } from '../../migrations/testing/register-at';
import { migratedDatabase } from '../testing/pg-register';

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startPgCluster();
}, PG_CLUSTER_HOOK_TIMEOUT);
afterAll(() => cluster.stop(), PG_CLUSTER_HOOK_TIMEOUT);

/** Edits valid on both engines: attendance, number, reference, dates, vote, presiding member, a session's life. */
const EDITS = [
  "UPDATE act_attendance SET status = 'absent' WHERE act_id = 2 AND member_id = 1",
  "INSERT INTO act_attendance (act_id, member_id, status, basis, reason, position) VALUES (2, 2, 'withdrawn', 'interest', 'administrateur', 2)",
  'DELETE FROM act_attendance WHERE act_id = 2 AND member_id = 1',
  'UPDATE acts SET number = 27 WHERE id = 2',
  "UPDATE acts SET internal_id = 'CP_27', nature = 'AR' WHERE id = 2",
  "UPDATE acts SET transmission_date = '2023-10-21', online_date = '2023-10-22' WHERE id = 2",
  `UPDATE acts SET outcome = '{"kind":"vote","for":30}' WHERE id = 2`,
  'UPDATE acts SET presiding_id = 2 WHERE id = 2',
  `INSERT INTO sessions (body_id, date, time, place, president_id, certifier_formula, certifier_quality, certifier_name)
     VALUES (1, '2024-01-15', '10:00', 'Toulon', 1, 'Pour le Président', 'la DGS', 'V. H')`,
  "INSERT INTO session_members (session_id, member_id, status) VALUES (2, 1, 'present'), (2, 2, 'absent')",
  "UPDATE session_members SET status = 'excused' WHERE session_id = 2 AND member_id = 2",
  "UPDATE session_members SET holder_id = 1, proxy_position = 1 WHERE session_id = 2 AND member_id = 2",
  "UPDATE sessions SET place = 'Draguignan', time = '14:00' WHERE id = 2",
  "UPDATE sessions SET certifier_name = 'X. Y' WHERE id = 2",
  'UPDATE sessions SET president_id = 2 WHERE id = 2',
  'DELETE FROM session_members WHERE session_id = 2',
  'DELETE FROM sessions WHERE id = 2',
  'DELETE FROM acts WHERE id = 2',
];

const ENTRIES = 'SELECT session_id, body, session_date, act_id, act, subject, before, after FROM journal ORDER BY id';

async function asRole(url: string, body: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await body(client);
  } finally {
    await client.end();
  }
}

describe('PostgreSQL journal (as 0007, 0010, 0011 on SQLite)', () => {
  it('writes, for the same edits, the very entries SQLite writes', async () => {
    const sqlite = registerAt(12);
    for (const sql of EDITS) sqlite.exec(sql);
    const expected = sqlite.prepare(ENTRIES).all();
    sqlite.close();

    const { client } = await migratedDatabase(cluster);
    try {
      await client.query(REGISTER_AT_SEED + G25_EXECUTORY);
      for (const sql of EDITS) await client.query(sql);
      const entries = (await client.query(ENTRIES)).rows;
      expect(entries.length).toBeGreaterThan(15);
      expect(entries).toEqual(expected);
    } finally {
      await client.end();
    }
  });

  it('records who made each edit: the connected role, or the registre.user the app sets for its login', async () => {
    await cluster.createRole('amelie');
    const { client, url } = await migratedDatabase(cluster);
    try {
      await client.query(REGISTER_AT_SEED);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO amelie;
        GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO amelie`);
      const asAmelie = url.replace('postgres@', 'amelie@');
      await asRole(asAmelie, async (amelie) => {
        await amelie.query("UPDATE acts SET object = 'EUROVELO 8 — TRONÇON 2', internal_id = 'CP_26' WHERE id = 2");
        await amelie.query("SELECT set_config('registre.user', $1, false)", ['Mme Amélie MARTIN (poste 2)']);
        await amelie.query("UPDATE act_attendance SET status = 'absent' WHERE act_id = 2");
        await amelie.query(`INSERT INTO act_annexes (act_id, position, title, file_name, page_count, sha256, pdf)
          VALUES (2, 1, 'Plan du tracé', 'plan.pdf', 3, repeat('a', 64), '\\x25')`);
      });
      const entries = (await client.query("SELECT author, act, subject, before, after FROM journal WHERE act_id = 2 AND author <> 'postgres' ORDER BY id")).rows;
      expect(entries).toEqual([
        { author: 'amelie', act: 'G26', subject: 'référence', before: 'numéro interne : — ; nature : DE', after: 'numéro interne : CP_26 ; nature : DE' },
        {
          author: 'Mme Amélie MARTIN (poste 2)',
          act: 'G26',
          subject: 'présence',
          before: 'M. Jean-Louis MASSON : présent',
          after: 'M. Jean-Louis MASSON : absent',
        },
        { author: 'Mme Amélie MARTIN (poste 2)', act: 'G26', subject: 'acte', before: null, after: 'annexe « Plan du tracé » (plan.pdf, 3 p., type par défaut) jointe' },
      ]);
      // The journal is append-only for her too.
      await asRole(asAmelie, async (amelie) => {
        await expect(amelie.query("UPDATE journal SET author = 'personne'")).rejects.toThrow(/ni modifiée ni supprimée/);
      });
    } finally {
      await client.end();
    }
  });
});
