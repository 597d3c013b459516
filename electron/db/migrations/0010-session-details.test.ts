import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { importSession } from '../../services/sessions/session-import';
import { referenceSession } from '../../testing/temp-register';
import { migrate } from '../migrate';
import { MIGRATIONS } from '.';

let db: Database.Database;
afterEach(() => db?.close());

describe('migration 0010 session details', () => {
  it('upgrades a register of the previous step with its data: sessions sealed once an act has left, journal of certification and deletion', () => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.filter((m) => m.version < 10));
    importSession(db, referenceSession());
    db.exec("INSERT INTO sessions (body_id, date, time, place, president_id, certifier_formula, certifier_quality, certifier_name) SELECT body_id, '2024-01-15', '10:00', 'Toulon', president_id, 'F', 'Q', 'N' FROM sessions");
    db.exec("INSERT INTO acts (session_id, number, object, outcome) VALUES (2, 1, 'PROJET', '{\"kind\":\"pending\"}')");
    expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 10))).toEqual([10]);
    expect(db.prepare('SELECT count(*) FROM acts').pluck().get()).toBe(17);

    expect(() => db.prepare("UPDATE sessions SET place = 'Ailleurs' WHERE id = 1").run()).toThrow(/^Séance verrouillée : un de ses actes a quitté le secrétariat/);
    const from = db.prepare('SELECT max(id) FROM journal').pluck().get() as number;
    db.prepare("UPDATE sessions SET certifier_name = 'M. Autre' WHERE id = 2").run();
    db.prepare('DELETE FROM acts WHERE session_id = 2').run();
    db.prepare('DELETE FROM session_members WHERE session_id = 2').run();
    db.prepare('DELETE FROM sessions WHERE id = 2').run();
    const entries = db.prepare('SELECT subject, act, before, after FROM journal WHERE id > ? ORDER BY id').all(from) as { subject: string; act: string | null; before: string; after: string }[];
    expect(entries.filter((e) => e.subject !== 'présence').map((e) => [e.subject, e.act, e.before, e.after])).toEqual([
      ['séance', null, 'certification : F Q N', 'certification : F Q M. Autre'],
      ['acte', 'G1', 'PROJET', 'acte supprimé'],
      ['séance', null, '15/01/2024 à 10:00, Toulon', 'séance supprimée'],
    ]);
  });
});
