import { afterEach, describe, expect, it } from 'vitest';
import { tempRegister } from '../../testing/temp-register';

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
