import type pg from 'pg';
import type { PgCluster } from '../../../testing/pg-cluster';
import { migratePostgres } from '../migrate';
import { REGISTER_TABLES } from '../baseline/tables';
import { G25_EXECUTORY, REGISTER_AT_SEED } from '../../migrations/testing/register-at';

/**
 * The rest of what an executory act prints, written while G25 was still a draft: the
 * collectivity, the session's roster, its recueil, an annex, the paper pieces, the issued template.
 */
const PRINTED_SEED = `
INSERT INTO collectivity (id, name, department_code, siren, website_label) VALUES (1, 'Département du Var', '083', '228300018', 'www.var.fr');
INSERT INTO members (civility, first_name, last_name) VALUES ('M.', 'Marc', 'GIRAUD');
INSERT INTO session_members (session_id, member_id, status) VALUES (1, 1, 'present'), (1, 2, 'excused'), (1, 3, 'present');
INSERT INTO recueils (session_id, title, year, number, publication_date) VALUES (1, 'Recueil des actes', 2023, 12, '2023-10-20');
INSERT INTO act_annexes (act_id, position, title, file_name, page_count, sha256, pdf)
  VALUES (1, 1, 'Plan', 'plan.pdf', 1, repeat('a', 64), '\\x255044462d');
INSERT INTO act_paper_pieces (act_id) VALUES (1);
INSERT INTO act_templates (act_id, name, source) VALUES (1, 'extrait', 'modèle émis');`;

let databases = 0;

/** A new database of `cluster` migrated to the latest schema; its superuser client (end it). */
export async function migratedDatabase(cluster: PgCluster, owner?: string): Promise<{ client: pg.Client; name: string; url: string }> {
  const name = `register_${process.pid}_${++databases}`;
  const url = await cluster.createDatabase(name, owner);
  const client = await cluster.admin(name);
  await migratePostgres(client);
  return { client, name, url };
}

/** A migrated database holding registerAt's seed and everything G25 prints, G25 then made executory. */
export async function sealedDatabase(cluster: PgCluster): Promise<{ client: pg.Client; name: string; url: string }> {
  const db = await migratedDatabase(cluster);
  await db.client.query(`${REGISTER_AT_SEED}${PRINTED_SEED}\n${G25_EXECUTORY}`);
  return db;
}

/** Every row of every register table, as JSON, to show that a refused write changed nothing. */
export async function snapshotPg(client: pg.ClientBase): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const t of REGISTER_TABLES) {
    out[t] = (await client.query<{ rows: unknown }>(`SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY to_jsonb(t)::text), '[]') AS rows FROM ${t} t`)).rows[0]?.rows;
  }
  return out;
}
