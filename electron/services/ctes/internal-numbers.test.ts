import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { setInternalNumberPattern } from '../../db/repositories/settings';
import type { ReferenceSession } from '../../testing/temp-register';
import { referenceSession, snapshot, tempRegister } from '../../testing/temp-register';
import { importSession } from '../sessions/session-import';

let db: Db;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = tempRegister());
});
afterEach(() => cleanup());

/**
 * The reference session on another date, without its recueil, its legality dates (they would precede
 * or follow the new date) and, unless kept, its internal numbers.
 */
function sessionOn(date: string, body = 'Commission permanente du Conseil départemental du Var', keepIds = false): ReferenceSession {
  const s = referenceSession();
  delete s.recueil;
  s.body = body;
  (s.session as { date: string }).date = date;
  s.acts = s.acts.slice(0, 3).map((a, i) => ({
    ...a,
    number: `${body.startsWith('Commission') ? 'G' : 'A'}${i + 1}`,
    legalityReceptionDate: undefined,
    executoryDate: undefined,
    onlineDate: undefined,
    ...(keepIds ? {} : { internalId: undefined }),
  }));
  return s;
}
const ids = (date: string) =>
  db.prepare('SELECT a.internal_id FROM acts a JOIN sessions s ON s.id = a.session_id WHERE s.date = ? ORDER BY a.id').pluck().all(date);

describe('@ctes internal numbers', () => {
  it('are made from the default pattern when the file has none', () => {
    importSession(db, sessionOn('2024-03-11'));
    expect(ids('2024-03-11')).toEqual(['CP240311_G1', 'CP240311_G2', 'CP240311_G3']);
  });

  it('never collide for two sessions on the same day (CP and CD)', () => {
    importSession(db, sessionOn('2024-03-11'));
    importSession(db, sessionOn('2024-03-11', 'Conseil départemental du Var'));
    expect(ids('2024-03-11')).toEqual(['CP240311_G1', 'CP240311_G2', 'CP240311_G3', 'CD240311_A1', 'CD240311_A2', 'CD240311_A3']);
  });

  it('follow a configured pattern with a sequence kept by the collectivity', () => {
    setInternalNumberPattern(db, 'R{AAAA}_{SEQ:5}');
    importSession(db, sessionOn('2024-03-11'));
    importSession(db, sessionOn('2024-03-12'));
    expect([...ids('2024-03-11'), ...ids('2024-03-12')]).toEqual(['R2024_00001', 'R2024_00002', 'R2024_00003', 'R2024_00004', 'R2024_00005', 'R2024_00006']);
  });

  it('refuses an imported number already given to an act of the same date, the register unchanged', () => {
    importSession(db, sessionOn('2024-03-11', undefined, true));
    const before = snapshot(db);
    expect(() => importSession(db, sessionOn('2024-03-11', 'Conseil départemental du Var', true))).toThrow(/déjà attribué/);
    expect(snapshot(db)).toEqual(before);
  });
});
