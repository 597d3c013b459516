import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxText, normalizeForGolden, pdfText } from '../../../templates/testing/extract-text';
import { publishedConvention } from '../../../templates/convention-garantie/testing/golden';
import { runCaptured } from '../capture';
import { demoRegisterFile } from '../../testing/demo-register-file';
import { snapshot } from '../../testing/temp-register';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registre-cli-convention-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every row of the register file, read apart from the CLI. */
function rows(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return snapshot(db);
  } finally {
    db.close();
  }
}

function cli(...argv: string[]) {
  return runCaptured(argv, () => new Date('2023-10-20T00:00:00Z'));
}

describe('registre convention', () => {
  it('writes the G25 convention of the demo register as a PDF by default, and as a DOCX on request', async () => {
    const db = await demoRegisterFile(dir);
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
    const db = await demoRegisterFile(dir);
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
    const db = await demoRegisterFile(dir);
    const again = await cli('conventions-import', 'reference/conventions-2023-10-16.json', '--db', db);
    expect(again.code).toBe(1);
    expect(again.err).toContain('le numéro CO 2023-983 est déjà attribué dans ce registre');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ pas du json');
    const r = await cli('conventions-import', broken, '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Le fichier « ${broken} » n'est pas un JSON valide`);
  });

  it('refuses a new convention for an executory act (it would change its recueil), exit 1, the register unchanged', async () => {
    const db = await demoRegisterFile(dir);
    const file = JSON.parse(readFileSync('reference/conventions-2023-10-16.json', 'utf8')) as { conventions: { number: string }[] };
    file.conventions = file.conventions.slice(3, 4).map((c) => ({ ...c, number: 'CO 2023-2000' }));
    const json = join(dir, 'conventions.json');
    writeFileSync(json, JSON.stringify(file));
    const before = rows(db);
    const r = await cli('conventions-import', json, '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Convention CO 2023-2000 (conventions[0], acte G25) : l'acte G25 est exécutoire ou signé ; une convention ne peut plus lui être ajoutée.");
    expect(rows(db)).toEqual(before);
  });

  it('imports a session with its conventions at once: `registre import --conventions`', async () => {
    const db = join(dir, 'vide.sqlite');
    expect((await cli('init', '--db', db)).code).toBe(0);
    const r = await cli('import', 'reference/session-2023-10-16.json', '--conventions', 'reference/conventions-2023-10-16.json', '--db', db);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/importée : \d+ actes, \d+ membres en exercice, 5 conventions \(CO 2023-983, CO 2023-991, CO 2023-980, CO 2023-1098, CO 2023-1330\)\.$/);
  });
});
