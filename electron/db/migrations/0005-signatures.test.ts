import { afterEach, describe, expect, it } from 'vitest';
import { referenceRegister, snapshot } from '../../testing/temp-register';
import { migrate } from '../migrate';
import { MIGRATIONS } from '.';
import { registerAt, rowsOf } from './testing/register-at';

let cleanup = () => {};
afterEach(() => cleanup());

function seeded() {
  const r = referenceRegister();
  cleanup = r.cleanup;
  const actId = (number: number) => r.db.prepare('SELECT id FROM acts WHERE number = ?').pluck().get(number) as number;
  return { db: r.db, actId };
}

const SIGNED = /Acte signé verrouillé/;

function sign(db: ReturnType<typeof seeded>['db'], actId: number, delegation: string | null = null) {
  db.prepare(
    `INSERT INTO signatures (act_id, signed_at, sha256, signer_member_id, signer_label, certificate_subject, certificate_issuer,
       serial_number, not_before, not_after, delegation, pdf)
     VALUES (?, '2025-03-14T08:15:00.000Z', ?, (SELECT id FROM members LIMIT 1), 'Jean-Louis MASSON, Président', 'CN=Jean-Louis MASSON',
       'CN=AC', '1000', '2025-01-01T00:00:00.000Z', '2035-01-01T00:00:00.000Z', ?, ?)`,
  ).run(actId, 'a'.repeat(64), delegation, Buffer.from('%PDF-1.7'));
}

describe('migration 0005 signatures', () => {
  it('is registered as step 5 « signatures »', () => {
    expect(MIGRATIONS.find((m) => m.version === 5)?.name).toBe('signatures');
  });

  it('records one signature per act and refuses a second one', () => {
    const { db, actId } = seeded();
    sign(db, actId(25));
    expect(db.prepare('SELECT count(*) FROM signatures').pluck().get()).toBe(1);
    // 0008 refuses the second one before its UNIQUE constraint does (a REPLACE must not slip through).
    expect(() => sign(db, actId(25))).toThrow(/ni remplacée/);
    expect(() => sign(db, actId(26), '   ')).toThrow(/CHECK/);
  });

  it('locks the signed act, its attendance rows and the signature itself, in French', () => {
    const { db, actId } = seeded();
    const g25 = actId(25);
    // The reference acts are executory (0003 lock): clear that lock on a copy of G25's row to test 0005 alone.
    db.exec('DROP TRIGGER acts_locked_update; DROP TRIGGER acts_locked_delete; DROP TRIGGER act_attendance_locked_insert;');
    db.exec('DROP TRIGGER act_attendance_locked_update; DROP TRIGGER act_attendance_locked_delete;');
    db.prepare('UPDATE acts SET transmission_date = NULL, executory_date = NULL WHERE id = ?').run(g25);
    sign(db, g25);
    const before = snapshot(db);
    expect(() => db.prepare("UPDATE acts SET object = 'AUTRE' WHERE id = ?").run(g25)).toThrow(SIGNED);
    expect(() => db.prepare('DELETE FROM acts WHERE id = ?').run(g25)).toThrow(SIGNED);
    const member = db.prepare('SELECT id FROM members WHERE id NOT IN (SELECT member_id FROM act_attendance WHERE act_id = ?) LIMIT 1').pluck().get(g25) as number;
    expect(() =>
      db.prepare("INSERT INTO act_attendance (act_id, member_id, status, position) VALUES (?, ?, 'absent', 99)").run(g25, member),
    ).toThrow(/présences, pouvoirs et retraits d’un acte signé/);
    expect(() => db.prepare('UPDATE signatures SET delegation = ? WHERE act_id = ?').run('x', g25)).toThrow(/ni modifiée ni supprimée/);
    expect(() => db.prepare('DELETE FROM signatures WHERE act_id = ?').run(g25)).toThrow(/ni modifiée ni supprimée/);
    expect(snapshot(db)).toEqual(before);
    // What happens after the signature (transmission, executory date) may be filled once, then no more.
    db.prepare("UPDATE acts SET transmission_date = '2023-10-20', executory_date = '2023-10-20' WHERE id = ?").run(g25);
    expect(() => db.prepare("UPDATE acts SET executory_date = '2023-10-21' WHERE id = ?").run(g25)).toThrow(SIGNED);
    // Other acts stay free.
    expect(db.prepare("UPDATE acts SET object = 'AUTRE' WHERE id = ?").run(actId(26)).changes).toBe(1);
  });
});

describe('migration 0005 from a register at step 4', () => {
  it('keeps every row, then signs the draft act and locks it, the executory act still locked by step 3', () => {
    const db = registerAt(4);
    try {
      const before = rowsOf(db);
      expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 5))).toEqual([5]);
      expect(rowsOf(db)).toEqual({ ...before, signatures: [] });
      db.prepare(
        `INSERT INTO signatures (act_id, signed_at, sha256, signer_member_id, signer_label, certificate_subject, certificate_issuer,
           serial_number, not_before, not_after, pdf)
         VALUES (2, '2025-03-14T08:15:00.000Z', ?, 1, 'Jean-Louis MASSON, Président', 'CN=Jean-Louis MASSON', 'CN=AC', '1000',
           '2025-01-01T00:00:00.000Z', '2035-01-01T00:00:00.000Z', ?)`,
      ).run('b'.repeat(64), Buffer.from('%PDF-1.7'));
      expect(() => db.prepare("UPDATE acts SET object = 'AUTRE' WHERE id = 2").run()).toThrow(SIGNED);
      expect(() => db.prepare("UPDATE acts SET object = 'AUTRE' WHERE id = 1").run()).toThrow(/Acte exécutoire verrouillé/);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });
});
