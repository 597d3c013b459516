import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importSession } from '../../services/sessions/session-import';
import { referenceSession } from '../../testing/temp-register';
import { migrate } from '../migrate';
import { MIGRATIONS } from '.';

let cleanup = () => {};
afterEach(() => cleanup());

/** A register at step 7 (before 0012) holding the reference session and a custom extract template, and a draft act. */
function atStep7() {
  const dir = mkdtempSync(join(tmpdir(), 'registre-0012-'));
  const db = new Database(join(dir, 'registre.sqlite'));
  db.pragma('foreign_keys = ON');
  cleanup = () => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  };
  migrate(db, MIGRATIONS.filter((m) => m.version <= 7));
  importSession(db, referenceSession());
  db.prepare("INSERT INTO settings (key, value) VALUES ('template.extrait', '@titre\nMODÈLE PERSONNALISÉ')").run();
  db.exec(`INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 99, 'ACTE EN PRÉPARATION', '{"kind":"unanimity"}')`);
  const draft = db.prepare('SELECT id FROM acts WHERE number = 99').pluck().get() as number;
  const g25 = db.prepare('SELECT id FROM acts WHERE number = 25').pluck().get() as number;
  return { db, draft, g25 };
}

describe('migration 0012 issued templates', () => {
  it('keeps, on upgrade, the custom extract template with every act that has already left the secretariat, and none with a draft', () => {
    const { db, draft, g25 } = atStep7();
    const left = db.prepare('SELECT count(*) FROM acts WHERE executory_date IS NOT NULL').pluck().get() as number;
    migrate(db, MIGRATIONS);
    expect(MIGRATIONS.find((m) => m.version === 12)?.name).toBe('issued-templates');
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'act_templates'").pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM act_templates').pluck().get()).toBe(left);
    expect(db.prepare('SELECT name, source FROM act_templates WHERE act_id = ?').get(g25)).toEqual({ name: 'extrait', source: '@titre\nMODÈLE PERSONNALISÉ' });
    expect(db.prepare('SELECT count(*) FROM act_templates WHERE act_id = ?').pluck().get(draft)).toBe(0);
  });

  it('seals the template of an act that has left: no change, no removal, no late addition; a draft may take one', () => {
    const { db, draft, g25 } = atStep7();
    migrate(db, MIGRATIONS);
    expect(() => db.prepare("UPDATE act_templates SET source = 'autre' WHERE act_id = ?").run(g25)).toThrow("un modèle gardé avec un acte n'est jamais modifié");
    expect(() => db.prepare('DELETE FROM act_templates WHERE act_id = ?').run(g25)).toThrow("l'acte a quitté le secrétariat");
    expect(() => db.prepare("INSERT INTO act_templates (act_id, name, source) VALUES (?, 'autre', 'x')").run(g25)).toThrow("l'acte a quitté le secrétariat");
    db.prepare("INSERT INTO act_templates (act_id, name, source) VALUES (?, 'extrait', 'x')").run(draft);
    // A draft withdrawn from the ordre du jour takes its template with it.
    db.prepare('DELETE FROM acts WHERE id = ?').run(draft);
    expect(db.prepare('SELECT count(*) FROM act_templates WHERE act_id = ?').pluck().get(draft)).toBe(0);
  });
});
