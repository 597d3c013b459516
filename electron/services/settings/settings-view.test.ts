import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { referenceRegister, tempRegister } from '../../testing/temp-register';
import { handle } from '../../door/dispatch';

const now = new Date('2026-11-24T09:00:00Z');

describe('settings:get', () => {
  let register: ReturnType<typeof tempRegister>;
  let db: Db;
  beforeEach(() => {
    register = referenceRegister();
    db = register.db;
  });
  afterEach(() => register.cleanup());

  it('reads everything the Paramètres screen shows from the reference register', async () => {
    const reply = await handle(db, 'settings:get', {}, now);
    expect(reply).toMatchObject({
      ok: true,
      value: {
        collectivity: { name: 'Département du Var', departmentCode: '083', siren: '228300018' },
        bodies: [{ code: 'CP', series: 'G', acts: 16 }],
        signatories: [{ body: 'CP', name: 'Virginie HALDRIC', source: 'session' }],
        numbering: { example: 'CP231016_G29' },
      },
    });
    const value = reply.ok ? (reply.value as { members: unknown[]; mandates: unknown[] }) : { members: [], mandates: [] };
    expect(value.members).toHaveLength(46);
    expect(value.mandates).toHaveLength(46);
  });

  it('answers for an empty register too', async () => {
    const empty = tempRegister();
    try {
      expect(await handle(empty.db, 'settings:get', {}, now)).toMatchObject({ ok: true, value: { collectivity: null, bodies: [], members: [], mandates: [], signatories: [] } });
    } finally {
      empty.cleanup();
    }
  });
});
