import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importSession } from '../../services/sessions/session-import';
import { referenceRegister, referenceSession, snapshot } from '../../testing/temp-register';
import { connect } from '../open';
import { migrate } from '../migrate';
import { MIGRATIONS } from '.';

let cleanup = () => {};
afterEach(() => cleanup());

function seeded() {
  const r = referenceRegister();
  cleanup = r.cleanup;
  return r.db;
}

const one = (db: ReturnType<typeof seeded>, sql: string) => db.prepare(sql).pluck().get() as number;

describe('migration 0008 seals', () => {
  it('is registered as step 8 « seals »', () => {
    expect(MIGRATIONS.find((m) => m.version === 8)?.name).toBe('seals');
  });

  it('upgrades a register at step 7 holding an executory session: rows unchanged, then sealed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'registre-0008-'));
    cleanup = () => rmSync(dir, { recursive: true, force: true });
    const db = connect(join(dir, 'registre.sqlite'));
    try {
      migrate(db, MIGRATIONS.slice(0, 7));
      importSession(db, referenceSession());
      const before = snapshot(db);
      expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 8))).toEqual([8]);
      const after = snapshot(db);
      expect({ ...after, schema_migrations: [] }).toEqual({ ...before, schema_migrations: [] });
      expect(() => db.prepare("UPDATE sessions SET place = 'Ailleurs'").run()).toThrow(/Séance verrouillée/);
    } finally {
      db.close();
    }
  });

  it('refuses INSERT OR REPLACE over an executory act, a signature and a journal entry, the register unchanged', () => {
    const db = seeded();
    const g25 = one(db, 'SELECT id FROM acts WHERE number = 25');
    db.prepare(
      `INSERT INTO signatures (act_id, signed_at, sha256, signer_member_id, signer_label, certificate_subject, certificate_issuer,
         serial_number, not_before, not_after, pdf)
       VALUES (?, '2025-03-14T08:15:00.000Z', ?, (SELECT president_id FROM sessions LIMIT 1), 'Président', 'CN=X', 'CN=AC', '1',
         '2025-01-01T00:00:00.000Z', '2035-01-01T00:00:00.000Z', ?)`,
    ).run(g25, 'a'.repeat(64), Buffer.from('%PDF-1.7'));
    const before = snapshot(db);
    expect(() =>
      db.prepare(`INSERT OR REPLACE INTO acts (id, session_id, number, object, outcome) VALUES (?, 1, 25, 'RÉÉCRIT', '{"kind":"unanimity"}')`).run(g25),
    ).toThrow(/ne peut pas être remplacé/);
    expect(() => db.prepare(`REPLACE INTO acts (session_id, number, object, outcome) VALUES (1, 25, 'RÉÉCRIT', '{"kind":"unanimity"}')`).run()).toThrow(
      /ne peut pas être remplacé/,
    );
    expect(() =>
      db
        .prepare(
          `INSERT OR REPLACE INTO signatures (act_id, signed_at, sha256, signer_member_id, signer_label, certificate_subject, certificate_issuer,
             serial_number, not_before, not_after, pdf)
           SELECT act_id, signed_at, ?, signer_member_id, 'Autre', certificate_subject, certificate_issuer, serial_number, not_before, not_after, pdf
           FROM signatures`,
        )
        .run('b'.repeat(64)),
    ).toThrow(/ni remplacée/);
    expect(() => db.prepare("INSERT OR REPLACE INTO journal (id, author, subject, after) SELECT id, 'x', 'acte', 'effacé' FROM journal LIMIT 1").run()).toThrow(
      /ni remplacée/,
    );
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses UPDATE, DELETE and replacing INSERT on every row an executory act prints, in French', () => {
    const db = seeded();
    // A member outside the sealed session's roster: the roster refuses him all the same.
    db.exec("INSERT INTO members (civility, first_name, last_name) VALUES ('M.', 'Nouveau', 'MEMBRE')");
    const before = snapshot(db);
    const refused: [string, RegExp][] = [
      ["UPDATE sessions SET time = '10:00'", /Séance verrouillée/],
      ["UPDATE sessions SET certifier_name = 'X'", /Séance verrouillée/],
      ['DELETE FROM sessions', /Séance verrouillée/],
      ["INSERT OR REPLACE INTO sessions SELECT id, body_id, date, '11:00', place, president_id, certifier_formula, certifier_quality, certifier_name FROM sessions", /Séance verrouillée/],
      ["UPDATE session_members SET status = 'absent'", /Séance verrouillée/],
      ['DELETE FROM session_members', /Séance verrouillée/],
      ["INSERT OR REPLACE INTO session_members (session_id, member_id, status) SELECT session_id, member_id, 'excused' FROM session_members LIMIT 1", /Séance verrouillée/],
      ["INSERT INTO session_members (session_id, member_id, status) SELECT 1, id, 'present' FROM members WHERE last_name = 'MEMBRE'", /Séance verrouillée/],
      ["UPDATE members SET last_name = 'AUTRE' WHERE id = (SELECT president_id FROM sessions)", /Membre verrouillé/],
      ['DELETE FROM members WHERE id = (SELECT president_id FROM sessions)', /Membre verrouillé/],
      ["INSERT OR REPLACE INTO members (id, civility, first_name, last_name) SELECT president_id, 'M.', 'Autre', 'NOM' FROM sessions", /Membre verrouillé/],
      ["UPDATE bodies SET heading = 'AUTRE' WHERE code = 'CP'", /Instance verrouillée/],
      ["DELETE FROM bodies WHERE code = 'CP'", /Instance verrouillée/],
      ["INSERT INTO bodies (code, name, heading, assembly, series) VALUES ('CP', 'X', 'X', 'X', 'G') ON CONFLICT (code) DO UPDATE SET name = excluded.name", /Instance verrouillée/],
      ["UPDATE collectivity SET siren = '200000172'", /Collectivité verrouillée/],
      ["INSERT OR REPLACE INTO collectivity (id, name, department_code, siren, website_label) SELECT id, name, '013', siren, website_label FROM collectivity", /Collectivité verrouillée/],
      ['DELETE FROM collectivity', /Collectivité verrouillée/],
      ["UPDATE recueils SET title = 'Autre'", /Recueil verrouillé/],
      ['DELETE FROM recueils', /Recueil verrouillé/],
      ['UPDATE act_numbers_used SET number = number + 100', /Numéros verrouillés/],
      ['DELETE FROM act_numbers_used', /Numéros verrouillés/],
    ];
    for (const [sql, message] of refused) expect(() => db.exec(sql), sql).toThrow(message);
    expect(snapshot(db)).toEqual(before);
    // An upsert writing the same values, as the settings screens do, stays allowed.
    db.exec(
      `INSERT INTO collectivity SELECT * FROM collectivity WHERE true ON CONFLICT (id) DO UPDATE SET name = excluded.name;
       INSERT INTO bodies SELECT * FROM bodies WHERE true ON CONFLICT (code) DO UPDATE SET heading = excluded.heading;`,
    );
    expect(snapshot(db)).toEqual(before);
  });

  it("seals a convention with its executory act, and leaves a draft session's rows free", () => {
    const db = seeded();
    // An act prepared with its convention, then made executory (0014: an executory act takes no new one).
    db.exec(`INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 99, 'GARANTIE', '{"kind":"unanimity"}')`);
    const g1 = one(db, 'SELECT id FROM acts WHERE number = 99');
    db.prepare(`INSERT INTO conventions (act_id, number, kind, data) VALUES (?, 'C-1', 'garantie-emprunt', '{}')`).run(g1);
    db.prepare("UPDATE acts SET executory_date = '2023-10-20' WHERE id = ?").run(g1);
    expect(() => db.exec("UPDATE conventions SET data = '{\"a\":1}'")).toThrow(/Convention verrouillée/);
    expect(() => db.exec('DELETE FROM conventions')).toThrow(/Convention verrouillée/);
    expect(() => db.exec(`INSERT OR REPLACE INTO conventions (act_id, number, kind, data) VALUES (${g1}, 'C-1', 'tripartite', '{}')`)).toThrow(
      /Convention verrouillée/,
    );
    // A session with no executory or signed act is still prepared freely.
    db.exec(`INSERT INTO sessions (body_id, date, time, place, president_id, certifier_formula, certifier_quality, certifier_name)
             SELECT body_id, '2024-01-15', time, place, president_id, certifier_formula, certifier_quality, certifier_name FROM sessions`);
    const draft = one(db, "SELECT id FROM sessions WHERE date = '2024-01-15'");
    db.exec(`INSERT INTO session_members (session_id, member_id, status) SELECT ${draft}, member_id, 'present' FROM session_members WHERE session_id = 1`);
    db.exec(`UPDATE sessions SET place = 'Toulon' WHERE id = ${draft}; UPDATE session_members SET status = 'absent' WHERE session_id = ${draft};`);
    db.exec(`INSERT INTO acts (session_id, number, object, outcome) VALUES (${draft}, 1, 'PROJET', '{"kind":"unanimity"}')`);
    db.exec(`DELETE FROM acts WHERE session_id = ${draft}; DELETE FROM act_numbers_used WHERE session_id = ${draft}; DELETE FROM session_members WHERE session_id = ${draft}; DELETE FROM sessions WHERE id = ${draft};`);
  });
});
