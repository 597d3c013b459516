import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { getCollectivity } from '../../db/repositories/collectivity';
import { referenceRegister, snapshot, tempRegister } from '../../testing/temp-register';
import { handle } from '../../door/dispatch';

const now = new Date('2026-11-24T09:00:00Z');
const VAR = { name: 'Département du Var', departmentCode: '083', siren: '228300018', websiteLabel: 'site internet du Département du Var' };

describe('collectivity:save', () => {
  let register: ReturnType<typeof tempRegister>;
  let db: Db;
  beforeEach(() => {
    register = referenceRegister();
    db = register.db;
  });
  afterEach(() => register.cleanup());

  it('corrects the name and keeps it', async () => {
    const reply = await handle(db, 'collectivity:save', { ...VAR, name: 'Département du Var (83)', siren: '228 300 018' }, now);
    expect(reply).toEqual({ ok: true, value: { ...VAR, name: 'Département du Var (83)', siret: null } });
    expect(getCollectivity(db)?.name).toBe('Département du Var (83)');
  });

  it('refuses an empty form naming each field as labelled, each refusal on its field (D1)', async () => {
    const reply = await handle(db, 'collectivity:save', { name: '', departmentCode: '083', siren: '228300018', siret: null, websiteLabel: ' ' }, now);
    expect(reply).toEqual({
      ok: false,
      error: {
        type: 'validation',
        message: 'Nom de la collectivité : obligatoire ; Site de publication : obligatoire.',
        field: 'name',
        issues: [
          { field: 'name', message: 'Nom de la collectivité : obligatoire' },
          { field: 'websiteLabel', message: 'Site de publication : obligatoire' },
        ],
      },
    });
  });

  it('refuses a bad département code, SIREN and SIRET all at once, each on its field (D2)', async () => {
    const before = snapshot(db);
    const reply = await handle(db, 'collectivity:save', { ...VAR, departmentCode: '5', siren: '220500019', siret: '22050001900015' }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'departmentCode' } });
    expect(!reply.ok && reply.error.issues?.map((i) => i.field)).toEqual(['departmentCode', 'siren', 'siret']);
    expect(!reply.ok && reply.error.issues?.[1]?.message).toBe('SIREN « 220500019 » invalide : la clé de contrôle (formule de Luhn) est fausse ; vérifiez la saisie.');
    expect(!reply.ok && reply.error.message).toMatch(/^Code département « 5 » invalide : .* ; SIREN « 220500019 » invalide : .* ; SIRET « 22050001900015 » /);
    expect(snapshot(db)).toEqual(before);
  });

  it('keeps the SIRET of the seat, checked against the SIREN', async () => {
    expect(await handle(db, 'collectivity:save', { ...VAR, siret: '228 300 018 00014' }, now)).toEqual({ ok: true, value: { ...VAR, siret: '22830001800014' } });
    const before = snapshot(db);
    expect(await handle(db, 'collectivity:save', { ...VAR, siret: '73282932000074' }, now)).toEqual({
      ok: false,
      error: { type: 'validation', message: 'SIRET « 73282932000074 » : il doit commencer par le SIREN de la collectivité (228300018).', field: 'siret' },
    });
    expect(snapshot(db)).toEqual(before);
    expect(await handle(db, 'collectivity:save', { ...VAR, siret: '' }, now)).toEqual({ ok: true, value: { ...VAR, siret: null } });
  });

  it('creates the collectivity of an empty register', async () => {
    const empty = tempRegister();
    try {
      expect((await handle(empty.db, 'collectivity:save', VAR, now)).ok).toBe(true);
      expect(getCollectivity(empty.db)).toEqual(VAR);
    } finally {
      empty.cleanup();
    }
  });

  it.each([
    [{ siren: '228300019' }, 'siren', 'SIREN « 228300019 » invalide : la clé de contrôle (formule de Luhn) est fausse ; vérifiez la saisie.'],
    [{ siren: '22830001' }, 'siren', 'SIREN « 22830001 » invalide : neuf chiffres attendus.'],
    [{ departmentCode: '83' }, 'departmentCode', 'Code département « 83 » invalide : trois caractères, par exemple 083, 02A, 02B ou 974.'],
  ])('refuses %j with a French message naming the field, and changes nothing', async (change, field, message) => {
    const before = snapshot(db);
    expect(await handle(db, 'collectivity:save', { ...VAR, ...change }, now)).toEqual({ ok: false, error: { type: 'validation', message, field } });
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses a new SIREN or département code once acts have left the secretariat: their printed @ctes reference carries them', async () => {
    const before = snapshot(db);
    const reply = await handle(db, 'collectivity:save', { ...VAR, siren: '200054807' }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'siren' } });
    expect(!reply.ok && reply.error.message).toContain('Des actes ont quitté le secrétariat (G1 du 2023-10-16');
    expect(await handle(db, 'collectivity:save', { ...VAR, departmentCode: '006' }, now)).toMatchObject({ ok: false, error: { field: 'departmentCode' } });
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses an empty name through the schema, naming the field', async () => {
    const reply = await handle(db, 'collectivity:save', { ...VAR, name: '  ' }, now);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.field).toBe('name');
      expect(reply.error.message).toBe('Nom de la collectivité : obligatoire.');
    }
  });
});
