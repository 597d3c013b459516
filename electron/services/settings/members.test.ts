import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import type { tempRegister } from '../../testing/temp-register';
import { referenceRegister, snapshot } from '../../testing/temp-register';
import { handle } from '../../door/dispatch';
import { listMembers } from './members';

const now = new Date('2026-11-24T09:00:00Z');

describe('member:save', () => {
  let register: ReturnType<typeof tempRegister>;
  let db: Db;
  beforeEach(() => {
    register = referenceRegister();
    db = register.db;
  });
  afterEach(() => register.cleanup());

  it('lists the 46 members of the reference register by surname', () => {
    const members = listMembers(db);
    expect(members).toHaveLength(46);
    expect(members[0]?.label).toBe('M. Thierry ALBERTINI');
  });

  it('adds a member, surname in capitals', async () => {
    const reply = await handle(db, 'member:save', { id: null, civility: 'Mme', firstName: 'Anne', lastName: 'Dupont-Lévêque' }, now);
    expect(reply).toMatchObject({ ok: true, value: { civility: 'Mme', firstName: 'Anne', lastName: 'DUPONT-LÉVÊQUE', label: 'Mme Anne DUPONT-LÉVÊQUE' } });
    expect(listMembers(db)).toHaveLength(47);
  });

  it('corrects a first name', async () => {
    const masson = listMembers(db).find((m) => m.lastName === 'MASSON');
    const reply = await handle(db, 'member:save', { id: masson?.id ?? 0, civility: 'M.', firstName: 'Jean-Louis', lastName: 'Masson' }, now);
    expect(reply).toMatchObject({ ok: true, value: { id: masson?.id, label: 'M. Jean-Louis MASSON' } });
  });

  it('refuses to rename a member printed in acts already sent, and changes nothing', async () => {
    const masson = listMembers(db).find((m) => m.lastName === 'MASSON');
    const before = snapshot(db);
    const reply = await handle(db, 'member:save', { id: masson?.id ?? 0, civility: 'M.', firstName: 'Jean-Luc', lastName: 'MASSON' }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'lastName' } });
    expect(!reply.ok && reply.error.message).toContain('M. Jean-Louis MASSON figure dans des actes qui ont quitté le secrétariat');
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses a duplicate and changes nothing', async () => {
    const before = snapshot(db);
    expect(await handle(db, 'member:save', { id: null, civility: 'M.', firstName: 'Jean-Louis', lastName: 'masson' }, now)).toEqual({
      ok: false,
      error: {
        type: 'validation',
        message: "Élu « M. Jean-Louis MASSON » déjà inscrit au registre : M. Jean-Louis MASSON ; un même élu ne peut figurer deux fois (corrigez sa fiche s'il le faut).",
        field: 'lastName',
      },
    });
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses the same names under another civility, accents and case aside, naming the member already there (D3)', async () => {
    const before = snapshot(db);
    const reply = await handle(db, 'member:save', { id: null, civility: 'Mme', firstName: 'jean-louis', lastName: 'Massón' }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'lastName' } });
    expect(!reply.ok && reply.error.message).toMatch(/^Élu « Mme jean-louis MASSÓN » déjà inscrit au registre : M\. Jean-Louis MASSON ;/);
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses the same names with a space for the hyphen, naming the member already there, and stores a new one as typed', async () => {
    const before = snapshot(db);
    const reply = await handle(db, 'member:save', { id: null, civility: 'Mme', firstName: 'jean louis', lastName: 'MASSON' }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'lastName' } });
    expect(!reply.ok && reply.error.message).toMatch(/^Élu « Mme jean louis MASSON » déjà inscrit au registre : M\. Jean-Louis MASSON ;/);
    expect(snapshot(db)).toEqual(before);
    // Compared without their hyphens, names keep them: a new élu is written as typed.
    const added = await handle(db, 'member:save', { id: null, civility: 'Mme', firstName: 'Marie Pierre', lastName: 'Mouton-Duval' }, now);
    expect(added).toMatchObject({ ok: true, value: { label: 'Mme Marie Pierre MOUTON-DUVAL' } });
    expect(db.prepare("SELECT first_name, last_name FROM members WHERE last_name LIKE 'MOUTON%'").all()).toEqual([{ first_name: 'Marie Pierre', last_name: 'MOUTON-DUVAL' }]);
  });

  it('refuses an unknown civility through the schema, in French', async () => {
    const reply = await handle(db, 'member:save', { id: null, civility: 'Dr', firstName: 'A', lastName: 'B' }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'civility' } });
    if (!reply.ok) expect(reply.error.message).toBe('Civilité : « M. » ou « Mme ».');
  });

  it('names empty fields as the form labels them, each on its field (D1)', async () => {
    const reply = await handle(db, 'member:save', { id: null, civility: 'M.', firstName: '', lastName: '' }, now);
    expect(reply).toMatchObject({
      ok: false,
      error: { message: 'Prénom : obligatoire ; Nom : obligatoire.', issues: [{ field: 'firstName', message: 'Prénom : obligatoire' }, { field: 'lastName', message: 'Nom : obligatoire' }] },
    });
  });

  it('deletes a member entered by mistake, with its mandate, and refuses one who sat, naming the session (D14)', async () => {
    const added = await handle(db, 'member:save', { id: null, civility: 'Mme', firstName: 'Jean-Marie', lastName: 'Bernardi' }, now);
    const id = added.ok ? (added.value as { id: number }).id : 0;
    expect(await handle(db, 'mandate:save', { id: null, memberId: id, body: 'CP', startDate: '2026-11-01', endDate: null, quality: null, precedence: null }, now)).toMatchObject({ ok: true });
    expect(await handle(db, 'member:delete', { id }, now)).toEqual({ ok: true, value: { id, label: 'Mme Jean-Marie BERNARDI' } });
    expect(db.prepare('SELECT count(*) FROM members WHERE id = ?').pluck().get(id)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM mandates WHERE member_id = ?').pluck().get(id)).toBe(0);
    const masson = listMembers(db).find((m) => m.lastName === 'MASSON');
    const before = snapshot(db);
    expect(await handle(db, 'member:delete', { id: masson?.id ?? 0 }, now)).toEqual({
      ok: false,
      error: {
        type: 'validation',
        message: "M. Jean-Louis MASSON figure dans la séance du 16/10/2023 : un élu qui a siégé reste au registre ; s'il n'est plus en fonction, donnez une fin à son mandat.",
        field: 'id',
      },
    });
    expect(await handle(db, 'member:delete', { id: 99_999 }, now)).toMatchObject({ ok: false, error: { type: 'not_found' } });
    expect(snapshot(db)).toEqual(before);
  });
});
