import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { snapshot, tempRegister } from '../../testing/temp-register';
import { handle } from '../dispatch';

const now = new Date('2026-11-24T09:00:00Z');
const sessionFile = readFileSync(new URL('../../../reference/session-2023-10-16.json', import.meta.url));

describe('session:import and opendata:export, from the application', () => {
  let register: ReturnType<typeof tempRegister>;
  let db: Db;
  beforeEach(() => {
    register = tempRegister();
    db = register.db;
  });
  afterEach(() => register.cleanup());

  it('imports a session file into an empty register, all or nothing', async () => {
    const base64 = sessionFile.toString('base64');
    expect(await handle(db, 'session:import', { base64 }, now)).toEqual({ ok: true, value: { body: 'CP', date: '2023-10-16', acts: 16, members: 46, seriesTaken: null } });
    const before = snapshot(db);
    const again = await handle(db, 'session:import', { base64 }, now);
    expect(again).toMatchObject({ ok: false, error: { type: 'conflict' } });
    expect(!again.ok && again.error.message).toContain('existe déjà dans le registre');
    expect(await handle(db, 'session:import', { base64: Buffer.from('{ "acts": [').toString('base64') }, now)).toMatchObject({
      ok: false,
      error: { type: 'validation', message: expect.stringContaining("Le fichier n'est pas un JSON valide") as string },
    });
    expect(snapshot(db)).toEqual(before);
  });

  it("exports the year's open data with the collectivity's SIRET, and without one says where to set it", async () => {
    await handle(db, 'session:import', { base64: sessionFile.toString('base64') }, now);
    expect(await handle(db, 'opendata:export', { year: 2023 }, now)).toMatchObject({
      ok: false,
      error: { type: 'validation', field: 'siret', message: expect.stringContaining('Paramètres › Collectivité') as string },
    });
    const c = { name: 'Département du Var', departmentCode: '083', siren: '228300018', siret: '22830001800014', websiteLabel: 'site internet du Département du Var' };
    expect((await handle(db, 'collectivity:save', c, now)).ok).toBe(true);
    const reply = await handle(db, 'opendata:export', { year: 2023 }, now);
    expect(reply).toMatchObject({ ok: true, value: { fileName: 'deliberations-2023.csv', mediaType: 'text/csv;charset=utf-8', rows: 16 } });
    const csv = reply.ok ? Buffer.from((reply.value as { base64: string }).base64, 'base64').toString('utf8') : '';
    expect(csv.split('\r\n')[1]).toMatch(/^Département du Var,22830001800014,083-228300018-20231016-/);
  });
});
