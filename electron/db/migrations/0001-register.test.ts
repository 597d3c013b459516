import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempSqliteRegister } from '../../testing/temp-register';
import { migrate } from '../migrate';
import { MIGRATIONS } from '.';

let cleanup = () => {};
afterEach(() => cleanup());

describe('migration 0001 register', () => {
  it('creates strict tables with foreign keys on and WAL', () => {
    const r = tempSqliteRegister();
    cleanup = r.cleanup;
    expect(r.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(r.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const strict = r.db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
      strict: number;
    }[];
    expect(strict.length).toBeGreaterThanOrEqual(10);
    expect(strict.filter((t) => t.strict !== 1)).toEqual([]);
    expect(r.db.prepare('SELECT version, name FROM schema_migrations').all()).toContainEqual({ version: 1, name: 'register' });
  });

  it('is applied once: opening again runs nothing', () => {
    const r = tempSqliteRegister();
    cleanup = r.cleanup;
    expect(migrate(r.db, MIGRATIONS)).toEqual([]);
  });

  it('refuses a register migrated by a newer version of the app', () => {
    const r = tempSqliteRegister();
    cleanup = r.cleanup;
    r.db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01')").run();
    expect(() => migrate(r.db, MIGRATIONS)).toThrow(/version plus récente de Registre \(étape 99 « future » inconnue\)/);
  });

  it('never lets a number be given twice in a session, even after renumbering (enforced in SQL)', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS);
    db.exec(`
      INSERT INTO bodies (code, name, heading, assembly, series) VALUES ('CP', 'Commission permanente', 'Commission Permanente', 'La Commission permanente', 'G');
      INSERT INTO members (civility, first_name, last_name) VALUES ('M.', 'Jean', 'MASSON');
      INSERT INTO sessions (body_id, date, time, place, president_id, certifier_formula, certifier_quality, certifier_name)
        VALUES (1, '2023-10-16', '11:00', 'Toulon', 1, 'Pour le Président', 'la DGS', 'V. H');
      INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 5, 'OBJET', '{"kind":"unanimity"}');
      UPDATE acts SET number = 6 WHERE number = 5;`);
    expect(() => db.prepare(`INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 5, 'AUTRE', '{"kind":"unanimity"}')`).run()).toThrow(
      /UNIQUE constraint failed: act_numbers_used/,
    );
    expect(db.prepare('SELECT number FROM act_numbers_used ORDER BY number').pluck().all()).toEqual([5, 6]);
    db.close();
  });

  it('refuses a member holding two procurations in the session default (enforced in SQL)', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS);
    db.exec(`
      INSERT INTO bodies (code, name, heading, assembly, series) VALUES ('CP', 'CP', 'CP', 'CP', 'G');
      INSERT INTO members (civility, first_name, last_name) VALUES ('M.', 'A', 'A'), ('M.', 'B', 'B'), ('M.', 'C', 'C');
      INSERT INTO sessions (body_id, date, time, place, president_id, certifier_formula, certifier_quality, certifier_name)
        VALUES (1, '2023-10-16', '11:00', 'Toulon', 1, 'f', 'q', 'n');
      INSERT INTO session_members (session_id, member_id, status) VALUES (1, 1, 'present');
      INSERT INTO session_members (session_id, member_id, status, holder_id, proxy_position) VALUES (1, 2, 'absent', 1, 0);`);
    expect(() =>
      db.prepare("INSERT INTO session_members (session_id, member_id, status, holder_id, proxy_position) VALUES (1, 3, 'absent', 1, 1)").run(),
    ).toThrow(/UNIQUE constraint failed/);
    db.close();
  });
});
