import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { snapshot, tempRegister } from '../../testing/temp-register';
import { handle } from '../../door/dispatch';

const now = new Date('2026-11-24T09:00:00Z');
const BODY = { body: 'CP', name: 'Commission permanente', heading: 'Commission Permanente', assembly: 'La Commission permanente du Conseil départemental', series: 'G' } as const;
const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

const ELUS = [
  'civilité;prénom;nom;organe;début;fin;qualité;rang',
  'M.;Jean;DUPONT;CP;01/07/2021;;Président du Conseil départemental;0',
  'Mme;Hélène;Martin;Commission permanente;2021-07-01;;Première Vice-présidente;1',
  'M.;Paul;Durand;CP;01/07/2021;;;',
  'Mme;Zoé;Lefèvre;CP;01/07/2021;30/06/2028;;',
  'Madame;Ana;Roux;cp;01/07/2021;;;',
].join('\r\n');

describe('members:import', () => {
  let register: ReturnType<typeof tempRegister>;
  let db: Db;
  beforeEach(async () => {
    register = tempRegister();
    db = register.db;
    expect((await handle(db, 'body:save', BODY, now)).ok).toBe(true);
  });
  afterEach(() => register.cleanup());

  const mandates = () => db.prepare('SELECT m.civility, m.first_name, m.last_name, md.start_date, md.end_date, md.quality, md.precedence FROM mandates md JOIN members m ON m.id = md.member_id ORDER BY md.id').all();

  it('imports five élus from a UTF-8 file with « ; », French dates and ranks', async () => {
    expect(await handle(db, 'members:import', { base64: base64(`\uFEFF${ELUS}\r\n`) }, now)).toEqual({ ok: true, value: { members: 5, mandates: 5 } });
    expect(mandates()).toEqual([
      { civility: 'M.', first_name: 'Jean', last_name: 'DUPONT', start_date: '2021-07-01', end_date: null, quality: 'Président du Conseil départemental', precedence: 0 },
      { civility: 'Mme', first_name: 'Hélène', last_name: 'MARTIN', start_date: '2021-07-01', end_date: null, quality: 'Première Vice-présidente', precedence: 1 },
      { civility: 'M.', first_name: 'Paul', last_name: 'DURAND', start_date: '2021-07-01', end_date: null, quality: null, precedence: null },
      { civility: 'Mme', first_name: 'Zoé', last_name: 'LEFÈVRE', start_date: '2021-07-01', end_date: '2028-06-30', quality: null, precedence: null },
      { civility: 'Mme', first_name: 'Ana', last_name: 'ROUX', start_date: '2021-07-01', end_date: null, quality: null, precedence: null },
    ]);
  });

  it('reads a Windows-1252 file with « , » and quoted cells, and gives a mandate to an élu already there', async () => {
    await handle(db, 'member:save', { id: null, civility: 'Mme', firstName: 'Hélène', lastName: 'MARTIN' }, now);
    const text = 'Civilité,Prénom,Nom,Organe,Début,Fin,Qualité,Rang\r\nMme,Hélène,Martin,CP,2021-07-01,,"Vice-présidente, chargée des finances",1\r\nM.,François,Lefèvre,CP,2021-07-01,,,\r\n';
    expect(await handle(db, 'members:import', { base64: base64(iconv.encode(text, 'windows-1252')) }, now)).toEqual({ ok: true, value: { members: 1, mandates: 2 } });
    expect(db.prepare('SELECT last_name FROM members ORDER BY id').pluck().all()).toEqual(['MARTIN', 'LEFÈVRE']);
    expect(db.prepare('SELECT quality FROM mandates ORDER BY id').pluck().all()).toEqual(['Vice-présidente, chargée des finances', null]);
  });

  it('refuses the whole file when one row is bad, naming its line number and rule, the register unchanged', async () => {
    const before = snapshot(db);
    const lines = ELUS.split('\r\n');
    lines[3] = 'M.;Paul;Durand;CP;31/02/2021;;;';
    lines.push('Mr;Luc;Blanc;CP;01/07/2021;;;', 'M.;Marc;Noir;Sénat;01/07/2021;;;', 'Mme;Ève;Vert;CP;01/07/2021;;;1');
    const reply = await handle(db, 'members:import', { base64: base64(lines.join('\n')) }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'file' } });
    expect(!reply.ok && reply.error.message.split('\n')).toEqual([
      'Aucun élu importé : 4 lignes refusées.',
      "ligne 4 : début : Date « 31/02/2021 » invalide : ce jour n'existe pas (février 2021 compte 28 jours).",
      'ligne 7 : civilité « Mr » : « M. » ou « Mme » attendu.',
      'ligne 8 : organe « Sénat » : CP ou CD attendu (Commission permanente, Conseil départemental).',
      expect.stringMatching(/^ligne 9 : Rang 1 déjà tenu par Mme Hélène MARTIN/),
    ]);
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses a file whose header lacks a column, or without élus', async () => {
    const before = snapshot(db);
    expect(await handle(db, 'members:import', { base64: base64('prénom;nom;organe\nJean;DUPONT;CP\n') }, now)).toEqual({
      ok: false,
      error: {
        type: 'validation',
        field: 'file',
        message: 'ligne 1 : colonnes « civilité », « début » absentes ; la première ligne doit nommer les colonnes civilité, prénom, nom, organe, début, fin, qualité, rang.',
      },
    });
    expect(await handle(db, 'members:import', { base64: base64('civilité;prénom;nom;organe;début\n') }, now)).toMatchObject({ ok: false, error: { message: 'Fichier sans élu : aucune ligne après celle des colonnes.' } });
    expect(snapshot(db)).toEqual(before);
  });
});
