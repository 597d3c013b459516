import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import type { tempRegister } from '../../testing/temp-register';
import { referenceRegister, snapshot } from '../../testing/temp-register';
import { handle } from '../../door/dispatch';
import { defaultSignatory } from './signatories';

const now = new Date('2026-11-24T09:00:00Z');

describe('signatories', () => {
  let register: ReturnType<typeof tempRegister>;
  let db: Db;
  beforeEach(() => {
    register = referenceRegister();
    db = register.db;
  });
  afterEach(() => register.cleanup());

  it("reads the CP's certifier from its latest session until one is set", () => {
    expect(defaultSignatory(db, 'CP')).toEqual({
      body: 'CP',
      formula: 'Pour le Président du Conseil départemental,',
      quality: 'la directrice générale des services,',
      name: 'Virginie HALDRIC',
      source: 'session',
    });
  });

  it('keeps the one set here, without touching the sessions', async () => {
    const sessions = snapshot(db).sessions;
    const input = { body: 'CP', formula: 'Pour le Président du Conseil départemental et par délégation,', quality: 'le directeur général adjoint,', name: 'Paul MARTIN' } as const;
    expect(await handle(db, 'signatory:save', input, now)).toEqual({ ok: true, value: { ...input, source: 'settings' } });
    expect(defaultSignatory(db, 'CP').name).toBe('Paul MARTIN');
    expect(snapshot(db).sessions).toEqual(sessions);
  });

  it('refuses an empty name, naming the field, and changes nothing', async () => {
    const before = snapshot(db);
    const reply = await handle(db, 'signatory:save', { body: 'CP', formula: 'Pour le Président,', quality: 'la DGS,', name: '' }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'name' } });
    if (!reply.ok) expect(reply.error.message).toContain('Nom du signataire : obligatoire');
    expect(snapshot(db)).toEqual(before);
  });
});
