import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import type { tempRegister } from '../../testing/temp-register';
import { referenceRegister, snapshot } from '../../testing/temp-register';
import { handle } from '../../door/dispatch';
import { listBodies } from './bodies';

const now = new Date('2026-11-24T09:00:00Z');
const CP = {
  body: 'CP',
  name: 'Commission permanente du Conseil départemental du Var',
  heading: 'Commission Permanente',
  assembly: 'La Commission permanente du Conseil départemental',
  series: 'G',
} as const;
const CD = { body: 'CD', name: 'Conseil départemental du Var', heading: 'Conseil Départemental', assembly: 'Le Conseil départemental', series: 'A' } as const;

describe('body:save', () => {
  let register: ReturnType<typeof tempRegister>;
  let db: Db;
  beforeEach(() => {
    register = referenceRegister();
    db = register.db;
  });
  afterEach(() => register.cleanup());

  it('lists the CP of the reference register with its 16 acts', () => {
    expect(listBodies(db)).toEqual([{ code: 'CP', name: CP.name, heading: CP.heading, assembly: CP.assembly, series: 'G', acts: 16 }]);
  });

  it('adds the CD with its own letter, and corrects its heading while it has no act', async () => {
    expect(await handle(db, 'body:save', { ...CD, series: 'a' }, now)).toMatchObject({ ok: true, value: { code: 'CD', series: 'A', acts: 0 } });
    expect(await handle(db, 'body:save', { ...CD, series: 'A', heading: 'CONSEIL DÉPARTEMENTAL' }, now)).toMatchObject({ ok: true, value: { heading: 'CONSEIL DÉPARTEMENTAL' } });
    expect(listBodies(db).map((b) => b.code)).toEqual(['CP', 'CD']);
  });

  it('refuses to reword a body whose acts have left the secretariat: the published extracts print its heading', async () => {
    const before = snapshot(db);
    const reply = await handle(db, 'body:save', { ...CP, heading: 'COMMISSION PERMANENTE' }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'heading' } });
    expect(!reply.ok && reply.error.message).toContain("L'organe a des actes qui ont quitté le secrétariat (G1 du 2023-10-16, G2 du 2023-10-16, G3 du 2023-10-16 et 13 autres)");
    expect(snapshot(db)).toEqual(before);
  });

  it.each([
    [CD, { series: 'G' }, "Lettre de série « G » déjà utilisée par l'organe « Commission permanente du Conseil départemental du Var » : chaque organe a sa lettre."],
    [CP, { series: 'H' }, "Lettre de série : l'organe a déjà 16 actes numérotés « G… » ; la lettre ne peut plus changer, les numéros déjà imprimés et transmis la portent."],
    [CD, { series: 'É' }, 'Lettre de série « É » invalide : une lettre majuscule sans accent, de A à Z.'],
  ])('refuses a series letter (%#) and changes nothing', async (b, change, message) => {
    const before = snapshot(db);
    expect(await handle(db, 'body:save', { ...b, ...change }, now)).toEqual({ ok: false, error: { type: 'validation', message, field: 'series' } });
    expect(snapshot(db)).toEqual(before);
  });

  it('lets a body without acts change its letter', async () => {
    await handle(db, 'body:save', CD, now);
    expect(await handle(db, 'body:save', { ...CD, series: 'B' }, now)).toMatchObject({ ok: true, value: { series: 'B' } });
  });
});
