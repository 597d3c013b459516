import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfText } from '../../../templates/testing/extract-text';
import { runCaptured } from '../capture';
import { demoRegisterFile } from '../../testing/demo-register-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registre-cli-liste-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const now = () => new Date('2023-10-20T08:00:00Z');

describe('registre liste', () => {
  it('writes the liste des délibérations of a séance', async () => {
    const file = join(dir, 'liste.pdf');
    const r = await runCaptured(['liste', '--session', '2023-10-16', '--body', 'CP', '--out', file, '--db', await demoRegisterFile(dir)], now);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([expect.stringMatching(/^Liste des délibérations de la séance CP du 2023-10-16 écrite dans .*liste\.pdf : 16 délibérations, \d+ pages?\.$/)]);
    const text = (await pdfText(readFileSync(file), { raw: true })).replace(/\s+/g, ' ');
    expect(text).toContain('LISTE DES DÉLIBÉRATIONS');
    expect(text).toContain('G28 CESSION AU PROFIT DE');
  });

  it('refuses an unknown séance in French, writing nothing', async () => {
    const file = join(dir, 'x.pdf');
    const db = await demoRegisterFile(dir);
    const r = await runCaptured(['liste', '--session', '2023-10-17', '--body', 'CP', '--out', file, '--db', db], now);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Erreur : Aucune séance CP le 17 octobre 2023 dans ce registre.');
    expect(existsSync(file)).toBe(false);
    const bad = await runCaptured(['liste', '--session', '2023-10-16', '--body', 'XX', '--out', file, '--db', db], now);
    expect(bad.err).toContain('Option --body : « XX » inconnu');
    expect(existsSync(file)).toBe(false);
  });
});
