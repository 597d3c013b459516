import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migration0001 } from './0001-register';
import { MIGRATIONS } from '.';

let db: Database.Database | undefined;
afterEach(() => db?.close());

const seedAct = (d: Database.Database) =>
  d.exec(`
    INSERT INTO bodies (code, name, heading, assembly, series) VALUES ('CP', 'Commission permanente', 'Commission Permanente', 'La Commission permanente', 'G');
    INSERT INTO members (civility, first_name, last_name) VALUES ('M.', 'Jean', 'MASSON');
    INSERT INTO sessions (body_id, date, time, place, president_id, certifier_formula, certifier_quality, certifier_name)
      VALUES (1, '2023-10-16', '11:00', 'Toulon', 1, 'Pour le Président', 'la DGS', 'V. H');
    INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 25, 'GARANTIE', '{"kind":"unanimity"}');`);

describe('migration 0002 conventions', () => {
  it('adds a strict conventions table to a register at version 1, keeping its acts', () => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, [migration0001]);
    seedAct(db);
    expect(migrate(db, MIGRATIONS)).toContain(2);
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'conventions'").pluck().get()).toBe(1);
    expect(db.prepare('SELECT number FROM acts').pluck().all()).toEqual([25]);
    db.prepare("INSERT INTO conventions (act_id, number, kind, data) VALUES (1, 'CO 2023-1098', 'garantie-emprunt', '{}')").run();
    expect(db.prepare('SELECT act_id, number, kind, data FROM conventions').all()).toEqual([
      { act_id: 1, number: 'CO 2023-1098', kind: 'garantie-emprunt', data: '{}' },
    ]);
  });

  it('refuses a duplicate number, an unknown kind, invalid JSON and an unknown act (enforced in SQL)', () => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS);
    seedAct(db);
    const insert = db.prepare('INSERT INTO conventions (act_id, number, kind, data) VALUES (?, ?, ?, ?)');
    insert.run(1, 'CO 2023-1098', 'garantie-emprunt', '{}');
    expect(() => insert.run(1, 'CO 2023-1098', 'garantie-emprunt', '{}')).toThrow(/UNIQUE constraint failed: conventions.number/);
    expect(() => insert.run(1, 'CO 2023-1', 'bail', '{}')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run(1, 'CO 2023-2', 'garantie-emprunt', '{pas du json')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run(99, 'CO 2023-3', 'garantie-emprunt', '{}')).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('deletes the conventions of a deleted act', () => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS);
    seedAct(db);
    db.prepare("INSERT INTO conventions (act_id, number, kind, data) VALUES (1, 'CO 2023-1098', 'garantie-emprunt', '{}')").run();
    db.prepare('DELETE FROM act_attendance').run();
    db.prepare('DELETE FROM acts WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM conventions').pluck().get()).toBe(0);
  });
});
