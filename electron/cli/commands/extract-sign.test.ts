import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPki } from '../../services/signing/testing/fixtures';
import { makeTestPki, missingTools, PASSPHRASE, pdfsig, SIGNING_TIME, skipReason } from '../../services/signing/testing/fixtures';
import { runCaptured } from '../capture';

const missing = missingTools('openssl', 'pdfsig');

let pki: TestPki;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'registre-extract-sign-'));
  if (missing.length > 0) return;
  pki = makeTestPki();
  writeFileSync(join(dir, 'masson.p12'), pki.signerP12);
  writeFileSync(join(dir, 'perime.p12'), pki.expiredP12);
  process.env.REGISTRE_TEST_EXTRAIT = PASSPHRASE;
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  pki?.cleanUp();
});

const run = (...argv: string[]) => runCaptured(argv, () => SIGNING_TIME);
const G25 = ['extract', '--session', '2023-10-16', '--body', 'CP', '--act', 'G25', '--format', 'pdf'];

function signatureCount(db: string): number {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare('SELECT count(*) FROM signatures').pluck().get() as number;
  } finally {
    conn.close();
  }
}

describe.skipIf(missing.length > 0)(`registre extract --sign${skipReason(missing)}`, () => {
  it('writes a signed extract that pdfsig and registre verify accept, once', async () => {
    const db = join(dir, 'r.sqlite');
    const file = join(dir, 'G25-signe.pdf');
    const sign = ['--sign', '--p12', join(dir, 'masson.p12'), '--password-env', 'REGISTRE_TEST_EXTRAIT', '--db', db];
    const r = await run(...G25, '--out', file, ...sign);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('Erreur');
    expect(r.out).toMatch(/^Extrait G25 signé par Jean-Louis MASSON, Président du Conseil départemental \(certificat n° [0-9A-F]+\) : /);
    const report = pdfsig(file, '-nocert');
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    const v = await run('verify', file);
    expect(v.code).toBe(0);
    expect(v.out).toContain('Signé par Jean-Louis MASSON');

    const copy = join(dir, 'G25-copie.pdf');
    const again = await run(...G25, '--out', copy, ...sign);
    expect(again.out).toContain('Extrait G25 déjà signé le 2025-03-14T08:15:00.000Z');
    expect(Buffer.compare(readFileSync(copy), readFileSync(file))).toBe(0);
    expect(signatureCount(db)).toBe(1);
  });

  it('refuses --sign without --act or with docx, an expired certificate and stray options, in French, writing nothing', async () => {
    const db = join(dir, 'r2.sqlite');
    const out = join(dir, 'rien.pdf');
    const p12 = ['--p12', join(dir, 'masson.p12'), '--password-env', 'REGISTRE_TEST_EXTRAIT', '--db', db];
    const all = await run('extract', '--session', '2023-10-16', '--body', 'CP', '--all', '--format', 'pdf', '--out', dir, '--sign', ...p12);
    expect(all.err).toContain('Option --sign : on signe un acte à la fois');
    const docx = await run('extract', '--session', '2023-10-16', '--body', 'CP', '--act', 'G25', '--format', 'docx', '--out', out, '--sign', ...p12);
    expect(docx.err).toContain('Option --sign : seul un extrait PDF peut être signé');
    const stray = await run(...G25, '--out', out, ...p12);
    expect(stray.err).toContain('elles ne servent qu’avec --sign');
    const expired = await run(...G25, '--out', out, '--sign', '--p12', join(dir, 'perime.p12'), '--password-env', 'REGISTRE_TEST_EXTRAIT', '--db', db);
    expect(expired.err).toContain('Le certificat de Ancien SIGNATAIRE a expiré le');
    expect(existsSync(out)).toBe(false);
    expect(signatureCount(db)).toBe(0);
  });
});
