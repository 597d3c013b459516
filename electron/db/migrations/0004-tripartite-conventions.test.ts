import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migration0001 } from './0001-register';
import { migration0002 } from './0002-conventions';
import { migration0003 } from './0003-legality';
import { MIGRATIONS } from '.';

let db: Database.Database | undefined;
afterEach(() => db?.close());

function registerAtVersion3(): Database.Database {
  const d = new Database(':memory:');
  d.pragma('foreign_keys = ON');
  migrate(d, [migration0001, migration0002, migration0003]);
  d.exec(`
    INSERT INTO bodies (code, name, heading, assembly, series) VALUES ('CP', 'Commission permanente', 'Commission Permanente', 'La Commission permanente', 'G');
    INSERT INTO members (civility, first_name, last_name) VALUES ('M.', 'Jean', 'MASSON');
    INSERT INTO sessions (body_id, date, time, place, president_id, certifier_formula, certifier_quality, certifier_name)
      VALUES (1, '2023-10-16', '11:00', 'Toulon', 1, 'Pour le Président', 'la DGS', 'V. H');
    INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 25, 'GARANTIE', '{"kind":"unanimity"}');
    INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 26, 'EUROVELO 8', '{"kind":"unanimity"}');
    INSERT INTO conventions (act_id, number, kind, data) VALUES (1, 'CO 2023-1098', 'garantie-emprunt', '{"a":1}');`);
  return d;
}

describe('migration 0004 tripartite conventions', () => {
  it('keeps the loan-guarantee conventions of a register at version 3 and accepts the tripartite kind', () => {
    db = registerAtVersion3();
    const insert = db.prepare('INSERT INTO conventions (act_id, number, kind, data) VALUES (?, ?, ?, ?)');
    expect(() => insert.run(2, 'CO 2023-1330', 'tripartite', '{}')).toThrow(/CHECK constraint failed/);
    expect(migrate(db, MIGRATIONS)).toContain(4);
    expect(db.prepare('SELECT id, act_id, number, kind, data FROM conventions').all()).toEqual([
      { id: 1, act_id: 1, number: 'CO 2023-1098', kind: 'garantie-emprunt', data: '{"a":1}' },
    ]);
    insert.run(2, 'CO 2023-1330', 'tripartite', '{}');
    expect(db.prepare('SELECT kind FROM conventions ORDER BY id').pluck().all()).toEqual(['garantie-emprunt', 'tripartite']);
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'conventions'").pluck().get()).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'conventions%' AND type <> 'trigger' ORDER BY name").pluck().all()).toEqual(['conventions', 'conventions_act']);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('still refuses an unknown kind, a duplicate number and an unknown act, and cascades act deletion', () => {
    db = registerAtVersion3();
    migrate(db, MIGRATIONS);
    const insert = db.prepare('INSERT INTO conventions (act_id, number, kind, data) VALUES (?, ?, ?, ?)');
    expect(() => insert.run(2, 'CO 2023-1', 'bail', '{}')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run(2, 'CO 2023-1098', 'tripartite', '{}')).toThrow(/UNIQUE constraint failed: conventions.number/);
    expect(() => insert.run(99, 'CO 2023-2', 'tripartite', '{}')).toThrow(/FOREIGN KEY constraint failed/);
    db.prepare('DELETE FROM act_attendance').run();
    db.prepare('DELETE FROM acts WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM conventions').pluck().get()).toBe(0);
  });
});
