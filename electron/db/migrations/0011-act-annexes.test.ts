import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { referenceSession } from '../../testing/temp-register';
import { importSession } from '../../services/sessions/session-import';
import { connect } from '../open';
import { migrate } from '../migrate';
import { MIGRATIONS } from '.';

let cleanup = () => {};
afterEach(() => cleanup());

const SEALED = /Annexe verrouillée/;
const PAPER_SEALED = /Pièces papier verrouillées/;

/** A register holding the reference session at the step before 0011, then migrated to the end. */
function upgraded() {
  const dir = mkdtempSync(join(tmpdir(), 'registre-0011-'));
  const db = connect(join(dir, 'registre.sqlite'));
  cleanup = () => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  };
  migrate(db, MIGRATIONS.filter((m) => m.version < 11));
  importSession(db, referenceSession());
  db.exec(`INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 99, 'ACTE EN PRÉPARATION', '{"kind":"unanimity"}')`);
  const actsBefore = db.prepare('SELECT count(*) FROM acts').pluck().get();
  expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 11))).toEqual([11]);
  migrate(db, MIGRATIONS);
  expect(db.prepare('SELECT count(*) FROM acts').pluck().get()).toBe(actsBefore);
  const id = (n: number) => db.prepare('SELECT id FROM acts WHERE number = ?').pluck().get(n) as number;
  const annex = db.prepare(
    `INSERT INTO act_annexes (act_id, position, title, piece_type, file_name, page_count, sha256, pdf)
     VALUES (?, ?, 'Plan de situation', NULL, 'plan.pdf', 2, '${'a'.repeat(64)}', x'255044462d')`,
  );
  return { db, draft: id(99), g25: id(25), annex };
}

describe('migration 0011 act annexes', () => {
  it('upgrades a register with acts: strict tables, empty, registered as step 11', () => {
    const { db } = upgraded();
    expect(MIGRATIONS.find((m) => m.version === 11)?.name).toBe('act-annexes');
    expect(db.prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('act_annexes', 'act_paper_pieces') ORDER BY name").all()).toEqual([
      { name: 'act_annexes', strict: 1 },
      { name: 'act_paper_pieces', strict: 1 },
    ]);
    expect(db.prepare('SELECT count(*) FROM act_annexes').pluck().get()).toBe(0);
  });

  it('keeps annexes of an act at the secretariat, journaled, and drops them with the withdrawn act', () => {
    const { db, draft, annex } = upgraded();
    annex.run(draft, 1);
    db.prepare('INSERT INTO act_paper_pieces (act_id) VALUES (?)').run(draft);
    const journal = db.prepare("SELECT act, subject, before, after FROM journal WHERE act = 'G99' ORDER BY id").all();
    expect(journal.at(-1)).toEqual({ act: 'G99', subject: 'acte', before: null, after: 'annexe « Plan de situation » (plan.pdf, 2 p., type par défaut) jointe' });
    expect(() => annex.run(draft, 1)).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE act_annexes SET piece_type = 'DE' WHERE act_id = ?").run(draft)).toThrow(/CHECK/);
    db.prepare('DELETE FROM acts WHERE id = ?').run(draft);
    expect(db.prepare('SELECT count(*) FROM act_annexes').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM act_paper_pieces').pluck().get()).toBe(0);
  });

  it('seals the annexes and paper pieces of an act that has left the secretariat (G25 is executory; a signed draft too)', () => {
    const { db, draft, g25, annex } = upgraded();
    expect(() => annex.run(g25, 1)).toThrow(SEALED);
    expect(() => db.prepare('INSERT INTO act_paper_pieces (act_id) VALUES (?)').run(g25)).toThrow(PAPER_SEALED);
    annex.run(draft, 1);
    db.prepare('INSERT INTO act_paper_pieces (act_id) VALUES (?)').run(draft);
    db.prepare("UPDATE acts SET transmission_date = '2023-10-17' WHERE id = ?").run(draft);
    expect(() => annex.run(draft, 2)).toThrow(SEALED);
    expect(() => db.prepare("UPDATE act_annexes SET title = 'Autre' WHERE act_id = ?").run(draft)).toThrow(SEALED);
    expect(() => db.prepare('DELETE FROM act_annexes WHERE act_id = ?').run(draft)).toThrow(SEALED);
    expect(() => db.prepare('DELETE FROM act_paper_pieces WHERE act_id = ?').run(draft)).toThrow(PAPER_SEALED);
    expect(db.prepare('SELECT count(*) FROM act_annexes').pluck().get()).toBe(1);
  });
});
