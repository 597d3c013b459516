import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scdlDeliberationsSchema, tableSchemaErrors } from '../../testing/table-schema';
import { runCaptured } from '../capture';
import { demoRegisterFile } from '../../testing/demo-register-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registre-opendata-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('registre opendata', () => {
  it('writes the délibérations of 2023 of the demo register as a CSV that passes the SCDL 2.1.5 schema and its custom checks', async () => {
    const csv = join(dir, 'x.csv');
    const r = await runCaptured(['opendata', '--year', '2023', '--siret', '22830001800014', '--out', csv, '--db', await demoRegisterFile(dir)], () => new Date(2023, 9, 21));
    expect(r.code).toBe(0);
    expect(r.out).toContain(`16 délibérations de 2023 écrites dans ${csv}`);
    const text = readFileSync(csv, 'utf8');
    expect(text).toContain(',7.3,Finances locales/Emprunts,');
    expect(tableSchemaErrors(scdlDeliberationsSchema(), text)).toEqual([]);
  });

  it('says « 0 délibération » for a year without any, in the singular as French counts 0', async () => {
    const csv = join(dir, 'x.csv');
    const r = await runCaptured(['opendata', '--year', '2022', '--siret', '22830001800014', '--out', csv, '--db', await demoRegisterFile(dir)], () => new Date(2023, 9, 21));
    expect(r.code).toBe(0);
    expect(r.out).toContain(`0 délibération de 2022 écrite dans ${csv} (format SCDL Délibérations).`);
  });
});
