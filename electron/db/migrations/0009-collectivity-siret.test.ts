import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { referenceSession } from '../../testing/temp-register';
import { importSession } from '../../services/sessions/session-import';
import { migrate } from '../migrate';
import { MIGRATIONS } from '.';

const before9 = MIGRATIONS.filter((m) => m.version < 9);

describe('migration 0009 collectivity-siret', () => {
  it('upgrades a register with data: the collectivity is kept, its SIRET unknown until set', () => {
    const db = new Database(':memory:');
    migrate(db, before9);
    importSession(db, referenceSession());
    const collectivity = db.prepare('SELECT * FROM collectivity').get();
    expect(migrate(db, MIGRATIONS)).toContain(9);
    expect(db.prepare('SELECT * FROM collectivity').get()).toEqual({ ...(collectivity as object), siret: null });
    expect(db.prepare('SELECT count(*) FROM acts').pluck().get()).toBe(16);
    db.close();
  });

  it('takes fourteen digits starting with the SIREN, and nothing else', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS);
    db.exec("INSERT INTO collectivity (id, name, department_code, siren, website_label) VALUES (1, 'Département du Var', '083', '228300018', 'site')");
    db.exec("UPDATE collectivity SET siret = '22830001800014'");
    expect(db.prepare('SELECT siret FROM collectivity').pluck().get()).toBe('22830001800014');
    expect(() => db.exec("UPDATE collectivity SET siret = '2283000180001'")).toThrow(/CHECK/);
    expect(() => db.exec("UPDATE collectivity SET siret = '73282932000074'")).toThrow(/CHECK/);
    db.close();
  });
});
