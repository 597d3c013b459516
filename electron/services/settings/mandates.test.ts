import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import type { tempRegister } from '../../testing/temp-register';
import { referenceRegister, snapshot } from '../../testing/temp-register';
import { handle } from '../../door/dispatch';
import { mandatesInOffice } from './mandates';
import { listMembers } from './members';

const now = new Date('2026-11-24T09:00:00Z');
const day = '2026-11-24';

describe('mandates and the order of precedence', () => {
  let register: ReturnType<typeof tempRegister>;
  let db: Db;
  const idOf = (lastName: string) => listMembers(db).find((m) => m.lastName === lastName)?.id ?? 0;
  const mandateOf = (lastName: string) => mandatesInOffice(db, day).find((m) => m.member.endsWith(` ${lastName}`));
  const ranked = () => mandatesInOffice(db, day).filter((m) => m.precedence !== null).map((m) => `${m.precedence} ${m.member}`);
  beforeEach(() => {
    register = referenceRegister();
    db = register.db;
  });
  afterEach(() => register.cleanup());

  it('ranks the Président, then the Premier Vice-président, then the others by surname', () => {
    const mandates = mandatesInOffice(db, day);
    expect(mandates).toHaveLength(46);
    expect(mandates.slice(0, 3).map((m) => [m.member, m.quality, m.precedence])).toEqual([
      ['M. Jean-Louis MASSON', 'Président du Conseil départemental', 0],
      ['M. Didier BREMOND', 'Premier Vice-président du Conseil départemental', 1],
      ['M. Thierry ALBERTINI', null, null],
    ]);
  });

  it('gives a member a rank, then moves them up and down in one transaction each', async () => {
    const aycard = mandateOf('AYCARD');
    const input = { id: aycard?.id ?? 0, memberId: idOf('AYCARD'), body: 'CP', startDate: '2023-10-16', endDate: null, quality: '2e Vice-président', precedence: 2 } as const;
    const saved = await handle(db, 'mandate:save', input, now);
    expect(saved).toMatchObject({ ok: true, value: { precedence: 2, quality: '2e Vice-président' } });
    expect(ranked()).toEqual(['0 M. Jean-Louis MASSON', '1 M. Didier BREMOND', '2 M. Bruno AYCARD']);
    expect(await handle(db, 'precedence:move', { mandateId: aycard?.id ?? 0, direction: 'up' }, now)).toMatchObject({ ok: true });
    expect(ranked()).toEqual(['0 M. Jean-Louis MASSON', '1 M. Bruno AYCARD', '2 M. Didier BREMOND']);
    await handle(db, 'precedence:move', { mandateId: aycard?.id ?? 0, direction: 'down' }, now);
    expect(ranked()).toEqual(['0 M. Jean-Louis MASSON', '1 M. Didier BREMOND', '2 M. Bruno AYCARD']);
  });

  it('refuses to move the first one up, or a member without rank, and changes nothing', async () => {
    const before = snapshot(db);
    expect(await handle(db, 'precedence:move', { mandateId: mandateOf('MASSON')?.id ?? 0, direction: 'up' }, now)).toEqual({
      ok: false,
      error: { type: 'validation', message: "M. Jean-Louis MASSON est déjà premier dans l'ordre du tableau.", field: 'mandateId' },
    });
    const reply = await handle(db, 'precedence:move', { mandateId: mandateOf('AYCARD')?.id ?? 0, direction: 'up' }, now);
    expect(reply).toMatchObject({ ok: false, error: { field: 'mandateId' } });
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses a period that leaves out a session the member already sits in, and changes nothing', async () => {
    const before = snapshot(db);
    const aycard = { id: mandateOf('AYCARD')?.id ?? 0, memberId: idOf('AYCARD'), body: 'CP', quality: null, precedence: null } as const;
    expect(await handle(db, 'mandate:save', { ...aycard, startDate: '2023-10-16', endDate: '2023-10-15' }, now)).toMatchObject({ ok: false });
    expect(await handle(db, 'mandate:save', { ...aycard, startDate: '2023-01-01', endDate: '2023-10-10' }, now)).toEqual({
      ok: false,
      error: {
        type: 'validation',
        message: 'M. Bruno AYCARD siège dans la séance du 16/10/2023 de cet organe : la fin de son mandat (10/10/2023) ne peut la précéder ; la liste des membres d’une séance enregistrée ne change plus.',
        field: 'endDate',
      },
    });
    const late = await handle(db, 'mandate:save', { ...aycard, startDate: '2023-11-01', endDate: null }, now);
    expect(late).toMatchObject({ ok: false, error: { field: 'startDate' } });
    expect(late.ok ? '' : late.error.message).toContain('le début de son mandat (01/11/2023) ne peut la suivre');
    expect(snapshot(db)).toEqual(before);
    expect(await handle(db, 'mandate:save', { ...aycard, startDate: '2023-10-16', endDate: '2026-12-31' }, now)).toMatchObject({ ok: true });
  });

  it('adds a mandate to a new member on the CP', async () => {
    const member = await handle(db, 'member:save', { id: null, civility: 'Mme', firstName: 'Anne', lastName: 'DURAND' }, now);
    const memberId = member.ok ? (member.value as { id: number }).id : 0;
    const reply = await handle(db, 'mandate:save', { id: null, memberId, body: 'CP', startDate: '2026-11-01', endDate: null, quality: '', precedence: null }, now);
    expect(reply).toMatchObject({ ok: true, value: { member: 'Mme Anne DURAND', quality: null, precedence: null } });
    expect(mandatesInOffice(db, day)).toHaveLength(47);
  });

  it.each([
    [{ endDate: '2020-01-01' }, 'endDate', 'Fin du mandat (01/01/2020) antérieure à son début (16/10/2023) : la fin doit être le même jour ou après.'],
    [{ precedence: 1 }, 'precedence', "Rang 1 déjà tenu par M. Didier BREMOND pendant cette période ; choisissez un autre rang ou déplacez les élus avec « Monter » et « Descendre »."],
    [{ id: null }, 'startDate', "M. Bruno AYCARD a déjà un mandat sur cet organe pendant cette période : corrigez ce mandat plutôt que d'en ajouter un."],
  ])('refuses %j with a French message, and changes nothing', async (change, field, message) => {
    const before = snapshot(db);
    const aycard = mandateOf('AYCARD');
    const input = { id: aycard?.id ?? 0, memberId: idOf('AYCARD'), body: 'CP', startDate: '2023-10-16', endDate: null, quality: null, precedence: null, ...change };
    expect(await handle(db, 'mandate:save', input, now)).toEqual({ ok: false, error: { type: 'validation', message, field } });
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses a mandate on a body the register does not have', async () => {
    const reply = await handle(db, 'mandate:save', { id: null, memberId: idOf('AYCARD'), body: 'CD', startDate: '2023-10-16', endDate: null, quality: null, precedence: null }, now);
    expect(reply).toMatchObject({ ok: false, error: { field: 'body', message: "Organe CD absent du registre : enregistrez-le d'abord dans l'onglet « Organes »." } });
  });
});
