import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { referenceRegister, snapshot } from '../../testing/temp-register';
import { migrate } from '../migrate';
import { migration0001 } from './0001-register';
import { MIGRATIONS } from '.';

let cleanup = () => {};
afterEach(() => cleanup());

function seeded() {
  const r = referenceRegister();
  cleanup = r.cleanup;
  const g1 = r.db.prepare("SELECT id FROM acts WHERE internal_id = 'lmc172330'").pluck().get() as number;
  return { db: r.db, g1 };
}

const LOCKED = /Acte exécutoire verrouillé/;

describe('migration 0003 legality', () => {
  it('adds the legality columns to a register at step 1, keeping its acts', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, [migration0001]);
    db.exec(`
      INSERT INTO bodies (code, name, heading, assembly, series) VALUES ('CP', 'CP', 'CP', 'CP', 'G');
      INSERT INTO members (civility, first_name, last_name) VALUES ('M.', 'A', 'A');
      INSERT INTO sessions (body_id, date, time, place, president_id, certifier_formula, certifier_quality, certifier_name)
        VALUES (1, '2023-10-16', '11:00', 'Toulon', 1, 'f', 'q', 'n');
      INSERT INTO acts (session_id, number, object, outcome, executory_date) VALUES (1, 1, 'OBJET', '{"kind":"unanimity"}', '2023-10-20');`);
    expect(migrate(db, MIGRATIONS)).toContain(3);
    expect(db.prepare('SELECT number, transmission_date, subject_code, classification_date, corrects_act_id FROM acts').all()).toEqual([
      { number: 1, transmission_date: null, subject_code: null, classification_date: null, corrects_act_id: null },
    ]);
    expect(() => db.prepare("UPDATE acts SET object = 'AUTRE' WHERE id = 1").run()).toThrow(LOCKED);
    db.close();
  });

  it('refuses a raw SQL UPDATE or DELETE of an executory act (enforced in SQL)', () => {
    const { db, g1 } = seeded();
    const before = snapshot(db);
    expect(() => db.prepare("UPDATE acts SET object = 'AUTRE OBJET' WHERE id = ?").run(g1)).toThrow(LOCKED);
    expect(() => db.prepare("UPDATE acts SET online_date = '2023-10-21' WHERE id = ?").run(g1)).toThrow(LOCKED);
    expect(() => db.prepare('UPDATE acts SET executory_date = NULL WHERE id = ?').run(g1)).toThrow(LOCKED);
    expect(() => db.prepare("UPDATE acts SET transmission_date = '2023-10-17' WHERE id = ?").run(g1)).toThrow(LOCKED);
    expect(() => db.prepare("UPDATE acts SET legality_reception_date = '2023-10-19' WHERE id = ?").run(g1)).toThrow(LOCKED);
    expect(() => db.prepare('DELETE FROM acts WHERE id = ?').run(g1)).toThrow(LOCKED);
    expect(snapshot(db)).toEqual(before);
  });

  it('freezes the attendance of an executory act (insert, update, delete)', () => {
    const { db, g1 } = seeded();
    const before = snapshot(db);
    expect(() => db.prepare("INSERT INTO act_attendance (act_id, member_id, status, position) VALUES (?, 1, 'absent', 0)").run(g1)).toThrow(
      LOCKED,
    );
    const changed = db.prepare('SELECT act_id FROM act_attendance LIMIT 1').pluck().get() as number | undefined;
    expect(changed).toBeDefined();
    expect(() => db.prepare("UPDATE act_attendance SET reason = 'x' WHERE act_id = ?").run(changed)).toThrow(LOCKED);
    expect(() => db.prepare('DELETE FROM act_attendance WHERE act_id = ?').run(changed)).toThrow(LOCKED);
    expect(snapshot(db)).toEqual(before);
  });

  it('lets an executory act receive, once, a missing AR date (not after the executory date) and a missing matière', () => {
    const { db } = seeded();
    db.exec("INSERT INTO acts (session_id, number, object, outcome, online_date, transmission_date) VALUES (1, 99, 'ACTE', '{}', '2023-10-20', '2023-10-17')");
    const id = db.prepare('SELECT id FROM acts WHERE number = 99').pluck().get() as number;
    db.prepare("UPDATE acts SET executory_date = '2023-10-20' WHERE id = ?").run(id);
    expect(() => db.prepare("UPDATE acts SET legality_reception_date = '2023-10-21' WHERE id = ?").run(id)).toThrow(LOCKED);
    db.prepare("UPDATE acts SET legality_reception_date = '2023-10-18', subject_code = '7.3', classification_date = '2023-01-01' WHERE id = ?").run(id);
    expect(() => db.prepare("UPDATE acts SET subject_code = '3.2' WHERE id = ?").run(id)).toThrow(LOCKED);
    expect(() => db.prepare("UPDATE acts SET legality_reception_date = '2023-10-17' WHERE id = ?").run(id)).toThrow(LOCKED);
  });

  it('records a correction as a new act citing the corrected one', () => {
    const { db, g1 } = seeded();
    db.prepare("INSERT INTO acts (session_id, number, object, outcome, corrects_act_id) VALUES (1, 98, 'RECTIFICATION', '{}', ?)").run(g1);
    expect(db.prepare('SELECT corrects_act_id FROM acts WHERE number = 98').pluck().get()).toBe(g1);
    expect(() => db.prepare("INSERT INTO acts (session_id, number, object, outcome, corrects_act_id) VALUES (1, 97, 'X', '{}', 9999)").run()).toThrow(
      /FOREIGN KEY/,
    );
  });

  it('checks the shape of a matière code', () => {
    const { db } = seeded();
    const insert = (code: string) =>
      db.prepare("INSERT INTO acts (session_id, number, object, outcome, subject_code) VALUES (1, 90, 'X', '{}', ?)").run(code);
    for (const bad of ['7', '7.', '.3', '7..3', '7.3a', '0.1', '1.2.3.4.5.6']) expect(() => insert(bad), bad).toThrow(/CHECK constraint/);
    insert('7.10');
    expect(db.prepare('SELECT subject_code FROM acts WHERE number = 90').pluck().get()).toBe('7.10');
  });
});
