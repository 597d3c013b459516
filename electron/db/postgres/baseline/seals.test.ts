import type pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PgCluster } from '../../../testing/pg-cluster';
import { PG_CLUSTER_HOOK_TIMEOUT, startPgCluster } from '../../../testing/pg-cluster';
import { SEALED_SQLSTATE } from '../step';
import { sealedDatabase, snapshotPg } from '../testing/pg-register';

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startPgCluster();
}, PG_CLUSTER_HOOK_TIMEOUT);
afterAll(() => cluster.stop(), PG_CLUSTER_HOOK_TIMEOUT);

let client: pg.Client | undefined;
afterEach(async () => {
  await client?.end();
  client = undefined;
});

/** A register whose G25 is executory, reached by a plain SQL client (the superuser: triggers bind it too). */
async function sealed(): Promise<pg.Client> {
  client = (await sealedDatabase(cluster)).client;
  return client;
}

/** Runs `sql` and expects the seal's refusal (its SQLSTATE and French message). */
async function refused(db: pg.Client, sql: string, message: RegExp): Promise<void> {
  const error = await db.query(sql).then(
    () => new Error(`accepted: ${sql}`),
    (e: unknown) => e,
  );
  expect(error, sql).toMatchObject({ code: SEALED_SQLSTATE });
  expect((error as Error).message, sql).toMatch(message);
}

const SIGN = (act: number) => `INSERT INTO signatures (act_id, signed_at, sha256, signer_member_id, signer_label, certificate_subject, certificate_issuer,
    serial_number, not_before, not_after, pdf)
  VALUES (${act}, '2025-03-14T08:15:00.000Z', repeat('a', 64), 1, 'Président', 'CN=X', 'CN=AC', '1',
    '2025-01-01T00:00:00.000Z', '2035-01-01T00:00:00.000Z', '\\x255044462d')`;

describe('PostgreSQL seals (as 0003, 0005, 0008, 0010, 0011, 0012 on SQLite)', () => {
  it('refuse UPDATE, DELETE and INSERT … ON CONFLICT of an executory act and its attendance, the register unchanged', async () => {
    const db = await sealed();
    const before = await snapshotPg(db);
    await refused(db, "UPDATE acts SET object = 'RÉÉCRIT' WHERE id = 1", /Acte exécutoire verrouillé/);
    await refused(db, "UPDATE acts SET executory_date = '2023-10-21' WHERE id = 1", /Acte exécutoire verrouillé/);
    await refused(db, 'DELETE FROM acts WHERE id = 1', /Acte exécutoire verrouillé/);
    await refused(
      db,
      `INSERT INTO acts (id, session_id, number, object, outcome) VALUES (1, 1, 25, 'RÉÉCRIT', '{"kind":"unanimity"}')
       ON CONFLICT (id) DO UPDATE SET object = excluded.object`,
      /ne peut pas être remplacé/,
    );
    await refused(
      db,
      `INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 25, 'RÉÉCRIT', '{"kind":"unanimity"}')
       ON CONFLICT (session_id, number) DO NOTHING`,
      /ne peut pas être remplacé/,
    );
    await refused(db, "INSERT INTO act_attendance (act_id, member_id, status, position) VALUES (1, 3, 'absent', 3)", /présences, pouvoirs et retraits d’un acte exécutoire/);
    await refused(db, "UPDATE act_attendance SET status = 'absent' WHERE act_id = 1 AND member_id = 1", /d’un acte exécutoire/);
    await refused(db, 'DELETE FROM act_attendance WHERE act_id = 1', /d’un acte exécutoire/);
    await refused(
      db,
      "INSERT INTO act_attendance (act_id, member_id, status, position) VALUES (1, 1, 'absent', 1) ON CONFLICT (act_id, member_id) DO UPDATE SET status = excluded.status",
      /d’un acte exécutoire/,
    );
    await refused(db, 'TRUNCATE acts CASCADE', /TRUNCATE est refusé/);
    expect(await snapshotPg(db)).toEqual(before);
  });

  it('let an executory act receive, once, a missing AR date (not after the executory date) and a missing matière', async () => {
    const db = await sealed();
    await refused(db, "UPDATE acts SET legality_reception_date = '2023-10-25' WHERE id = 1", /Acte exécutoire verrouillé/);
    await db.query("UPDATE acts SET legality_reception_date = '2023-10-18', subject_code = '7.3', classification_date = '2023-01-01' WHERE id = 1");
    await refused(db, "UPDATE acts SET legality_reception_date = '2023-10-19' WHERE id = 1", /Acte exécutoire verrouillé/);
    await refused(db, "UPDATE acts SET subject_code = '7.1' WHERE id = 1", /Acte exécutoire verrouillé/);
  });

  it('refuse UPDATE, DELETE and replacing INSERT on every row an executory act prints, in French', async () => {
    const db = await sealed();
    const before = await snapshotPg(db);
    const cases: [string, RegExp][] = [
      ["UPDATE sessions SET time = '10:00'", /Séance verrouillée/],
      ["UPDATE sessions SET certifier_name = 'X'", /Séance verrouillée/],
      ['DELETE FROM sessions', /Séance verrouillée/],
      [
        `INSERT INTO sessions SELECT id, body_id, date, '12:00', place, president_id, certifier_formula, certifier_quality, certifier_name FROM sessions
         ON CONFLICT (id) DO UPDATE SET time = excluded.time`,
        /Séance verrouillée/,
      ],
      ["UPDATE session_members SET status = 'absent'", /Séance verrouillée/],
      ['DELETE FROM session_members', /Séance verrouillée/],
      [
        "INSERT INTO session_members (session_id, member_id, status) VALUES (1, 1, 'excused') ON CONFLICT (session_id, member_id) DO UPDATE SET status = excluded.status",
        /Séance verrouillée/,
      ],
      ["UPDATE members SET last_name = 'AUTRE' WHERE id = 1", /Membre verrouillé/],
      ['DELETE FROM members WHERE id = 3', /Membre verrouillé/],
      ["INSERT INTO members (id, civility, first_name, last_name) VALUES (1, 'M.', 'Autre', 'NOM') ON CONFLICT (id) DO UPDATE SET last_name = excluded.last_name", /Membre verrouillé/],
      ["UPDATE bodies SET heading = 'AUTRE' WHERE code = 'CP'", /Instance verrouillée/],
      ["INSERT INTO bodies (code, name, heading, assembly, series) VALUES ('CP', 'X', 'X', 'X', 'G') ON CONFLICT (code) DO UPDATE SET name = excluded.name", /Instance verrouillée/],
      ["UPDATE collectivity SET siren = '200000172'", /Collectivité verrouillée/],
      [
        "INSERT INTO collectivity (id, name, department_code, siren, website_label) VALUES (1, 'Var', '013', '228300018', 'x') ON CONFLICT (id) DO UPDATE SET department_code = excluded.department_code",
        /Collectivité verrouillée/,
      ],
      ['DELETE FROM collectivity', /Collectivité verrouillée/],
      ["UPDATE recueils SET title = 'Autre'", /Recueil verrouillé/],
      ['DELETE FROM recueils', /Recueil verrouillé/],
      ['UPDATE act_numbers_used SET number = number + 100', /Numéros verrouillés/],
      ['DELETE FROM act_numbers_used', /Numéros verrouillés/],
      [`UPDATE conventions SET data = '{"a":2}'`, /Convention verrouillée/],
      ['DELETE FROM conventions', /Convention verrouillée/],
      [`INSERT INTO conventions (act_id, number, kind, data) VALUES (1, 'CO 2023-1098', 'tripartite', '{}') ON CONFLICT (number) DO UPDATE SET kind = excluded.kind`, /Convention verrouillée/],
      ["UPDATE act_annexes SET title = 'Autre'", /Annexe verrouillée/],
      ['DELETE FROM act_annexes', /Annexe verrouillée/],
      ["INSERT INTO act_annexes (act_id, position, title, file_name, page_count, sha256, pdf) VALUES (1, 2, 'B', 'b.pdf', 1, repeat('b', 64), '\\x25')", /Annexe verrouillée/],
      ['DELETE FROM act_paper_pieces', /Pièces papier verrouillées/],
      ['UPDATE act_paper_pieces SET act_id = 2', /Pièces papier verrouillées/],
      ["UPDATE act_templates SET source = 'autre'", /jamais modifié/],
      ['DELETE FROM act_templates', /Modèle d'émission : l'acte a quitté le secrétariat/],
      ["INSERT INTO act_templates (act_id, name, source) VALUES (1, 'registre', 'x')", /Modèle d'émission : l'acte a quitté le secrétariat/],
      ["UPDATE journal SET after = 'effacé'", /ni modifiée ni supprimée/],
      ['DELETE FROM journal', /ni modifiée ni supprimée/],
      ["INSERT INTO journal (id, author, subject, after) SELECT id, 'x', 'acte', 'effacé' FROM journal LIMIT 1 ON CONFLICT (id) DO UPDATE SET after = excluded.after", /ni remplacée/],
      ['TRUNCATE journal', /TRUNCATE est refusé/],
    ];
    for (const [sql, message] of cases) await refused(db, sql, message);
    expect(await snapshotPg(db)).toEqual(before);
    // An upsert writing the same values, as the settings screens do, stays allowed.
    await db.query(`INSERT INTO collectivity SELECT * FROM collectivity ON CONFLICT (id) DO UPDATE SET name = excluded.name;
      INSERT INTO bodies SELECT * FROM bodies ON CONFLICT (code) DO UPDATE SET heading = excluded.heading;`);
    expect(await snapshotPg(db)).toEqual(before);
  });

  it('lock a signed act, its attendance and the signature itself; what follows the signature is filled once', async () => {
    const db = await sealed();
    await db.query(SIGN(2));
    const before = await snapshotPg(db);
    await refused(db, "UPDATE acts SET object = 'AUTRE' WHERE id = 2", /Acte signé verrouillé/);
    await refused(db, 'DELETE FROM acts WHERE id = 2', /Acte signé verrouillé/);
    await refused(db, "INSERT INTO act_attendance (act_id, member_id, status, position) VALUES (2, 2, 'absent', 2)", /présences, pouvoirs et retraits d’un acte signé/);
    await refused(db, "UPDATE signatures SET delegation = 'x'", /ni modifiée ni supprimée/);
    await refused(db, 'DELETE FROM signatures', /ni modifiée ni supprimée/);
    await refused(db, SIGN(2).replace("'Président'", "'Autre'"), /ni remplacée/);
    expect(await snapshotPg(db)).toEqual(before);
    await db.query("UPDATE acts SET transmission_date = '2023-10-20', executory_date = '2023-10-20' WHERE id = 2");
    await refused(db, "UPDATE acts SET online_date = '2023-10-21', executory_date = '2023-10-21' WHERE id = 2", /Acte signé verrouillé|Acte exécutoire verrouillé/);
  });

  it('never give a number twice in a session, even after a renumbering or a deletion', async () => {
    const db = await sealed();
    await db.query('UPDATE acts SET number = 27 WHERE id = 2');
    await refused(db, 'UPDATE acts SET number = 26 WHERE id = 2', /Numéro déjà utilisé/);
    await db.query('DELETE FROM acts WHERE id = 2');
    await refused(db, `INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 27, 'AUTRE', '{"kind":"unanimity"}')`, /Numéro déjà utilisé/);
  });

  it("leave a draft session's rows free", async () => {
    const db = await sealed();
    await db.query(`INSERT INTO sessions (body_id, date, time, place, president_id, certifier_formula, certifier_quality, certifier_name)
      SELECT body_id, '2024-01-15', time, place, president_id, certifier_formula, certifier_quality, certifier_name FROM sessions`);
    const draft = (await db.query<{ id: number }>("SELECT id FROM sessions WHERE date = '2024-01-15'")).rows[0]?.id;
    await db.query(`INSERT INTO session_members (session_id, member_id, status) SELECT ${draft}, member_id, 'present' FROM session_members WHERE session_id = 1;
      UPDATE sessions SET place = 'Draguignan' WHERE id = ${draft};
      UPDATE session_members SET status = 'absent' WHERE session_id = ${draft};
      INSERT INTO acts (session_id, number, object, outcome) VALUES (${draft}, 1, 'PROJET', '{"kind":"unanimity"}');
      DELETE FROM acts WHERE session_id = ${draft};
      DELETE FROM act_numbers_used WHERE session_id = ${draft};
      DELETE FROM sessions WHERE id = ${draft};`);
    expect((await db.query("SELECT count(*)::int AS n FROM sessions WHERE date = '2024-01-15'")).rows).toEqual([{ n: 0 }]);
  });
});
