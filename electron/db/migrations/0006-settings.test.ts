import { afterEach, describe, expect, it } from 'vitest';
import { tempRegister } from '../../testing/temp-register';
import { migrate } from '../migrate';
import { MIGRATIONS } from '.';
import { registerAt, rowsOf } from './testing/register-at';

let cleanup = () => {};
afterEach(() => cleanup());

describe('migration 0006 settings', () => {
  it('adds a strict key/value table, one value per key', () => {
    const r = tempRegister();
    cleanup = r.cleanup;
    expect(r.db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'settings'").pluck().get()).toBe(1);
    r.db.prepare("INSERT INTO settings VALUES ('ctes.internal_number_pattern', '{ORGANE}{SEQ:6}')").run();
    expect(() => r.db.prepare("INSERT INTO settings VALUES ('ctes.internal_number_pattern', 'X')").run()).toThrow(/UNIQUE/);
    expect(() => r.db.prepare("INSERT INTO settings VALUES ('', 'X')").run()).toThrow(/CHECK/);
  });
});

describe('migration 0006 from a register at step 5', () => {
  it('keeps every row and lock, and starts with no setting', () => {
    const db = registerAt(5);
    try {
      const before = rowsOf(db);
      expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 6))).toEqual([6]);
      expect(rowsOf(db)).toEqual({ ...before, settings: [] });
      db.prepare("INSERT INTO settings VALUES ('template.extrait', '@paragraphe\nx')").run();
      expect(db.prepare('SELECT value FROM settings').pluck().all()).toEqual(['@paragraphe\nx']);
      expect(() => db.prepare("UPDATE acts SET object = 'AUTRE' WHERE id = 1").run()).toThrow(/Acte exécutoire verrouillé/);
    } finally {
      db.close();
    }
  });
});
