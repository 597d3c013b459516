import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfText } from '../../../templates/testing/extract-text';
import { runCaptured } from '../capture';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registre-cli-registre-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const now = () => new Date('2023-12-31T08:00:00Z');
async function run(...argv: string[]) {
  const r = await runCaptured(argv, now);
  return { ...r, out: r.lines };
}

describe('registre registre', () => {
  it("writes the year's registre des délibérations and prints the page of every act", async () => {
    const file = join(dir, 'registre-2023.pdf');
    const r = await run('registre', '--body', 'CP', '--year', '2023', '--out', file, '--db', join(dir, 'r.sqlite'));
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(17);
    expect(r.out[0]).toBe('2023-10-16\tG1\tpage 2');
    expect(r.out[16]).toMatch(/^Registre des délibérations écrit dans .*registre-2023\.pdf : 16 délibérations, \d+ pages\.$/);
    expect(await pdfText(readFileSync(file), { raw: true, firstPage: 2, lastPage: 2 })).toContain('N° : G1\n');
  });

  it('refuses a year that is not AAAA or has no délibération, writing nothing', async () => {
    const file = join(dir, 'x.pdf');
    const db = join(dir, 'r.sqlite');
    expect((await run('registre', '--body', 'CP', '--year', '23', '--out', file, '--db', db)).err).toBe('Erreur : Option --year : « 23 » n\'est pas une année (AAAA).');
    const r = await run('registre', '--body', 'CP', '--year', '2022', '--out', file, '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Erreur : année : aucune délibération de l'organe CP en 2022 dans ce registre.");
    expect(existsSync(file)).toBe(false);
  });
});
