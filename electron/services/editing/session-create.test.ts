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

  it('sends the first session of a body without a signatory to Paramètres › Signataires, where the certification is entered', async () => {
    const call = (channel: string, input: object) => handle(reg.db, channel, input, now);
    expect(await call('body:save', { body: 'CD', name: 'Conseil départemental du Var', heading: 'CONSEIL DÉPARTEMENTAL', assembly: 'le Conseil départemental', series: 'A' })).toMatchObject({ ok: true });
    expect(await call('mandate:save', { id: null, memberId: masson(), body: 'CD', startDate: '2021-07-01', endDate: null, quality: 'Président', precedence: 0 })).toMatchObject({ ok: true });
    const before = snapshot(reg.db);
    const first = await create({ body: 'CD', date: '2024-02-06' });
    expect(first).toMatchObject({ ok: false, error: { type: 'validation', field: 'certifier' } });
    expect(!first.ok && first.error.message).toMatch(/^Certification : première séance de la .+ ; enregistrez d'abord son signataire \(formule, qualité et nom\) dans Paramètres › Signataires/);
    expect(snapshot(reg.db)).toEqual(before);
  });

  it('refuses a date more than a year ahead as a mistyped year, and changing it to one (D19)', async () => {
    const before = snapshot(reg.db);
    expect(await create({ date: '2099-01-01' })).toEqual({
      ok: false,
      error: { type: 'validation', message: "Date de la séance (01/01/2099) : plus d'un an après aujourd'hui (15/01/2024) ; vérifiez l'année.", field: 'date' },
    });
    const update = await handle(reg.db, 'session:details', { body: 'CP', date: '2024-02-05' }, now);
    const details = update.ok ? (update.value as { time: string; place: string; presidentId: number; certifier: object }) : null;
    const moved = await handle(reg.db, 'session:update', { body: 'CP', date: '2024-02-05', newDate: '2094-02-05', time: details?.time, place: details?.place, presidentId: details?.presidentId, certifier: details?.certifier }, now);
    expect(moved).toMatchObject({ ok: false, error: { field: 'newDate', message: "Date de la séance (05/02/2094) : plus d'un an après aujourd'hui (15/01/2024) ; vérifiez l'année." } });
    expect(snapshot(reg.db)).toEqual(before);
  });

  it('refuses a vote result for a session still to come, and takes « Vote à venir » (D11)', async () => {
    const session = { body: 'CP', date: '2024-02-05' } as const;
    const created = await handle(reg.db, 'act:create', { ...session, object: 'Aide aux communes' }, now);
    const act = created.ok ? (created.value as { number: string }).number : '';
    const got = await handle(reg.db, 'act:get', { ...session, act }, now);
    const content = { ...(got.ok ? (got.value as { content: object }).content : {}), decisions: ["d'attribuer les aides."] };
    const before = snapshot(reg.db);
    const voted = await handle(reg.db, 'act:save', { ...session, act, content: { ...content, vote: { kind: 'unanimity' } } }, now);
    expect(voted).toMatchObject({ ok: false, error: { type: 'validation', field: 'vote' } });
    expect(!voted.ok && voted.error.message).toMatch(/^Résultat : la séance du 05\/02\/2024 n'a pas encore eu lieu \(nous sommes le 15\/01\/2024\)/);
    expect(snapshot(reg.db)).toEqual(before);
    expect(await handle(reg.db, 'act:save', { ...session, act, content: { ...content, vote: { kind: 'pending' } } }, now)).toMatchObject({ ok: true });
    expect(await handle(reg.db, 'act:save', { ...session, act, content: { ...content, vote: { kind: 'unanimity' } } }, new Date('2024-02-05T15:00:00Z'))).toMatchObject({ ok: true });
  });
});
