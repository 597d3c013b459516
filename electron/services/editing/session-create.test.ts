import { afterAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/domain/errors';
import { referenceRegister, snapshot } from '../../testing/temp-register';
import { handle } from '../../door/dispatch';

const now = new Date('2024-01-15T10:00:00Z');
const reg = referenceRegister();
afterAll(() => reg.cleanup());

const masson = () => reg.db.prepare("SELECT id FROM members WHERE last_name = 'MASSON'").pluck().get() as number;
const create = (input: object): Promise<Result<unknown>> =>
  handle(reg.db, 'session:create', { body: 'CP', date: '2024-02-05', time: '09:30', place: 'Toulon', presidentId: masson(), ...input }, now);

describe('creating a session', () => {
  it('freezes the members in office that day, all present, with the certification of the latest session', async () => {
    expect(await create({})).toEqual({ ok: true, value: { body: 'CP', date: '2024-02-05' } });
    const row = reg.db.prepare("SELECT time, place, certifier_name FROM sessions WHERE date = '2024-02-05'").get();
    expect(row).toEqual({ time: '09:30', place: 'Toulon', certifier_name: 'Virginie HALDRIC' });
    const statuses = reg.db.prepare("SELECT status, count(*) AS n FROM session_members sm JOIN sessions s ON s.id = sm.session_id WHERE s.date = '2024-02-05' GROUP BY status").all();
    expect(statuses).toEqual([{ status: 'present', n: 46 }]);
  });

  it('refuses, in French and changing nothing: the same session twice, a date with nobody in office, a président not in office, a bad time', async () => {
    const before = snapshot(reg.db);
    expect(await create({})).toMatchObject({ ok: false, error: { type: 'conflict', field: 'session.date' } });
    const early = await create({ date: '2020-01-06' });
    expect(early).toMatchObject({ ok: false, error: { type: 'validation', field: 'date' } });
    expect(!early.ok && early.error.message).toContain("aucun élu n'a de mandat à la Commission permanente du Conseil départemental du Var le 6 janvier 2020");
    expect(await create({ date: '2024-03-04', presidentId: 99_999 })).toMatchObject({ ok: false, error: { field: 'presidentId' } });
    const time = await create({ date: '2024-03-04', time: '25:00' });
    expect(time).toMatchObject({ ok: false, error: { type: 'validation', field: 'time' } });
    expect(!time.ok && time.error.message).toBe('Heure attendue au format HH:MM, par exemple 09:30.');
    const impossible = await create({ date: '2024-02-30' });
    expect(impossible).toMatchObject({ ok: false, error: { type: 'validation', field: 'date', message: "Date impossible : ce jour n'existe pas au calendrier." } });
    expect(snapshot(reg.db)).toEqual(before);
  });
});
