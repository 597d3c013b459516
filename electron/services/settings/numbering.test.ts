import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { internalNumberPattern } from '../../db/repositories/settings';
import { referenceRegister, snapshot, tempRegister } from '../../testing/temp-register';
import { handle } from '../../door/dispatch';
import { numberingView } from './numbering';

const now = new Date('2026-11-24T09:00:00Z');

describe('numbering', () => {
  let register: ReturnType<typeof tempRegister>;
  let db: Db;
  beforeEach(() => {
    register = referenceRegister();
    db = register.db;
  });
  afterEach(() => register.cleanup());

  it('shows the number the next act of the latest session would get (G29 on 16 October 2023)', () => {
    expect(numberingView(db, now)).toEqual({
      pattern: '{ORGANE}{AA}{MM}{JJ}_{SERIE}{NUM}',
      context: { decisionDate: '2023-10-16', body: 'CP', series: 'G', actNumber: 29, sequence: 1 },
      example: 'CP231016_G29',
    });
  });

  it('saves a new pattern and shows its example', async () => {
    const reply = await handle(db, 'numbering:save', { pattern: 'D{AAAA}_{SEQ:5}' }, now);
    expect(reply).toMatchObject({ ok: true, value: { pattern: 'D{AAAA}_{SEQ:5}', example: 'D2023_00001' } });
    expect(internalNumberPattern(db)).toBe('D{AAAA}_{SEQ:5}');
  });

  it('refuses a pattern the @ctes rule refuses, and changes nothing', async () => {
    const before = snapshot(db);
    const reply = await handle(db, 'numbering:save', { pattern: '{ORGANE}{AAAA}{MM}{JJ}_{SERIE}{NUM}' }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'internalNumberPattern' } });
    if (!reply.ok) expect(reply.error.message).toContain('@ctes en permet 15 au plus');
    expect(snapshot(db)).toEqual(before);
  });

  it('gives an example for an empty register too', () => {
    const empty = tempRegister();
    try {
      expect(numberingView(empty.db, now).example).toBe('CP261124_G1');
    } finally {
      empty.cleanup();
    }
  });
});
