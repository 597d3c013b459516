import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegister } from '../../db/open';
import { pdfText } from '../../../templates/testing/extract-text';
import { runCaptured } from '../capture';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registre-cli-recueil-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const now = () => new Date('2023-10-20T08:00:00Z');
async function run(...argv: string[]) {
  const r = await runCaptured(argv, now);
  return { ...r, out: r.lines };
}

describe('registre recueil', () => {
  it('writes the recueil of the séance and prints the page of every act', async () => {
    const db = join(dir, 'r.sqlite');
    const file = join(dir, 'recueil.pdf');
    const r = await run('recueil', '--session', '2023-10-16', '--body', 'CP', '--out', file, '--db', db);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(17);
    expect(r.out[0]).toBe('G1\tpage 3');
    expect(r.out[16]).toMatch(/^Recueil écrit dans .*recueil\.pdf : 16 actes, \d+ pages\.$/);
    const g25 = Number(/^G25\tpage (\d+)$/.exec(r.out.find((l) => l.startsWith('G25\t')) ?? '')?.[1]);
    expect(await pdfText(readFileSync(file), { raw: true, firstPage: g25, lastPage: g25 })).toContain('N° : G25\n');
  });

  it('refuses a séance without recueil, writing nothing', async () => {
    const db = join(dir, 'r.sqlite');
    await run('show', '--session', '2023-10-16', '--body', 'CP', '--db', db); // creates the demo register
    const opened = openRegister(db);
    opened.prepare('DELETE FROM recueils').run();
    opened.close();
    const file = join(dir, 'recueil.pdf');
    const r = await run('recueil', '--session', '2023-10-16', '--body', 'CP', '--out', file, '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Erreur : recueil : la séance du 16 octobre 2023 .* n'a pas de recueil des actes administratifs/);
    expect(existsSync(file)).toBe(false);
  });

  it('asks for --out', async () => {
    const r = await run('recueil', '--session', '2023-10-16', '--body', 'CP', '--db', join(dir, 'r.sqlite'));
    expect(r.code).toBe(1);
    expect(r.err).toBe('Erreur : Option --out obligatoire.');
  });
});
