import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxText, normalizeForGolden, pdfText } from '../../../templates/testing/extract-text';
import { publishedConvention } from '../../../templates/convention-garantie/testing/golden';
import { runCaptured } from '../capture';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registre-cli-convention-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cli(...argv: string[]) {
  return runCaptured(argv, () => new Date('2023-10-20T00:00:00Z'));
}

describe('registre convention', () => {
  it('writes the G25 convention of the demo register as a PDF by default, and as a DOCX on request', async () => {
    const db = join(dir, 'r.sqlite');
    const pdf = join(dir, 'G25.pdf');
    const r = await cli('convention', '--session', '2023-10-16', '--body', 'CP', '--act', 'G25', '--out', pdf, '--db', db);
    expect(r).toMatchObject({ code: 0, out: `Convention CO 2023-1098 écrite dans ${pdf}.` });
    const expected = normalizeForGolden(publishedConvention('G25'));
    expect(normalizeForGolden(await pdfText(readFileSync(pdf), { raw: true }))).toBe(expected);
    const docx = join(dir, 'G25.docx');
    expect((await cli('convention', '--session', '2023-10-16', '--body', 'CP', '--act', 'G25', '--format', 'docx', '--out', docx, '--db', db)).code).toBe(0);
    expect(normalizeForGolden(await docxText(readFileSync(docx)))).toBe(expected);
  });

  it('refuses an unknown format and an act without convention, in French', async () => {
    const db = join(dir, 'r.sqlite');
    const bad = await cli('convention', '--session', '2023-10-16', '--body', 'CP', '--act', 'G25', '--format', 'odt', '--out', join(dir, 'x'), '--db', db);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Option --format : « odt » inconnu ; attendu pdf ou docx.');
    const none = await cli('convention', '--session', '2023-10-16', '--body', 'CP', '--act', 'G1', '--out', join(dir, 'y.pdf'), '--db', db);
    expect(none.code).toBe(1);
    expect(none.err).toContain("L'acte G1 n'a pas de convention dans ce registre.");
  });
});

describe('registre conventions-import', () => {
  it('refuses conventions already in the demo register, and a malformed file, naming the problem', async () => {
    const db = join(dir, 'r.sqlite');
    const again = await cli('conventions-import', 'reference/conventions-2023-10-16.json', '--db', db);
    expect(again.code).toBe(1);
    expect(again.err).toContain('le numéro CO 2023-983 est déjà attribué dans ce registre');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ pas du json');
    const r = await cli('conventions-import', broken, '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Le fichier « ${broken} » n'est pas un JSON valide`);
  });

  it('imports a conventions file into a register that has the session but not its conventions', async () => {
    const db = join(dir, 'r.sqlite');
    const file = JSON.parse(readFileSync('reference/conventions-2023-10-16.json', 'utf8')) as { conventions: { number: string }[] };
    file.conventions = file.conventions.slice(0, 1).map((c) => ({ ...c, number: 'CO 2023-2000' }));
    const json = join(dir, 'conventions.json');
    writeFileSync(json, JSON.stringify(file));
    const r = await cli('conventions-import', json, '--db', db);
    expect(r).toMatchObject({ code: 0, out: '1 convention importée pour la séance CP du 16 octobre 2023 : CO 2023-2000.' });
  });
});
