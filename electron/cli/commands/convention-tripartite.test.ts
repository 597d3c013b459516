import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectedTripartite } from '../../../templates/convention-tripartite/testing/golden';
import { docxText, normalizeForGolden, pdfText } from '../../../templates/testing/extract-text';
import { runCaptured } from '../capture';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registre-cli-tripartite-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCaptured(argv, () => new Date('2023-10-20T00:00:00Z'));

describe('registre convention (tripartite)', () => {
  it('writes the G26 tripartite convention of the demo register as a PDF, and as a DOCX on request', async () => {
    const db = join(dir, 'r.sqlite');
    const pdf = join(dir, 'G26.pdf');
    const r = await cli('convention', '--session', '2023-10-16', '--body', 'CP', '--act', 'G26', '--out', pdf, '--db', db);
    expect(r).toMatchObject({ code: 0, out: `Convention CO 2023-1330 écrite dans ${pdf}.` });
    expect(normalizeForGolden(await pdfText(readFileSync(pdf), { raw: true }))).toBe(expectedTripartite('G26'));
    const docx = join(dir, 'G26.docx');
    expect((await cli('convention', '--session', '2023-10-16', '--body', 'CP', '--act', 'G26', '--format', 'docx', '--out', docx, '--db', db)).code).toBe(0);
    expect(normalizeForGolden(await docxText(readFileSync(docx)))).toBe(expectedTripartite('G26'));
  });
});
