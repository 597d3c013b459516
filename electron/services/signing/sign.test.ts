import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/domain/errors';
import { signPdf } from './sign';
import {
  PASSPHRASE,
  SIGNING_TIME,
  type TestPki,
  makeActPdf,
  makeTestPki,
  missingTools,
  pdfsig,
  pdftotext,
  skipReason,
  withPageTwoAltered,
} from './testing/fixtures';

const missing = missingTools('openssl', 'pdfsig', 'pdftotext');
const LABEL = 'Jean-Louis MASSON, Président du Conseil départemental';
const OPTIONS = { signingTime: SIGNING_TIME, signerLabel: LABEL, reason: 'Délibération G12 (budget)', location: 'Toulon' };

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe.skipIf(missing.length > 0)(`signPdf${skipReason(missing)}`, () => {
  let pki: TestPki;
  let act: Uint8Array;
  let signed: Uint8Array;
  const file = (name: string) => join(pki.dir, name);
  const save = (name: string, bytes: Uint8Array) => {
    writeFileSync(file(name), bytes);
    return file(name);
  };

  beforeAll(async () => {
    pki = makeTestPki();
    act = await makeActPdf(3);
    signed = await signPdf(act, pki.signerP12, PASSPHRASE, OPTIONS);
    save('signed.pdf', signed);
  });
  afterAll(() => pki.cleanUp());

  it('makes a valid ETSI.CAdES.detached signature of the whole document, signer name with accents', () => {
    const report = pdfsig(file('signed.pdf'), '-nocert');
    expect(report).toContain('  - Signature Validation: Signature is Valid.');
    expect(report).toContain('  - Total document signed');
    expect(report).toContain('  - Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('  - Signer Certificate Common Name: Jean-Louis MASSON');
    expect(report).toContain('  - Signer full Distinguished Name: CN=Jean-Louis MASSON,O=Département du Var,C=FR');
    expect(report).toContain('  - Signing Hash Algorithm: SHA-256');
    expect(report).toContain('  - Signing Time: Mar 14 2025 08:15:00');
  });

  it.skipIf(missingTools('certutil').length > 0)('is trusted by NSS once the test CA is in its database', () => {
    const nssdb = `sql:${file('nssdb')}`;
    execFileSync('mkdir', ['-p', file('nssdb')]);
    execFileSync('certutil', ['-N', '-d', nssdb, '--empty-password']);
    execFileSync('certutil', ['-A', '-d', nssdb, '-n', 'CA de test', '-t', 'CT,C,C', '-i', pki.caCertificate]);
    // Not -no-ocsp: poppler 22.12 then reports "Unknown issue"; the test certificates name no OCSP responder anyway.
    const report = pdfsig(file('signed.pdf'), '-nssdir', nssdb);
    expect(report).toContain('  - Signature Validation: Signature is Valid.');
    expect(report).toContain('  - Certificate Validation: Certificate is Trusted.');
  });

  it('puts signing-certificate-v2 in the CMS and no signing-time (PAdES B-B)', () => {
    execFileSync('pdfsig', ['-dump', file('signed.pdf')], { cwd: pki.dir });
    const printed = execFileSync('openssl', ['cms', '-inform', 'DER', '-cmsout', '-print', '-in', file('signed.pdf.sig0')], {
      encoding: 'utf8',
    });
    expect(printed).toContain('object: contentType (1.2.840.113549.1.9.3)');
    expect(printed).toContain('object: messageDigest (1.2.840.113549.1.9.4)');
    expect(printed).toContain('object: id-smime-aa-signingCertificateV2 (1.2.840.113549.1.9.16.2.47)');
    expect(printed).not.toMatch(/signingTime|1\.2\.840\.113549\.1\.9\.5\b/);
    // The ESS certificate hash is the SHA-256 of the signer's certificate.
    const der = execFileSync('openssl', ['x509', '-in', pki.signerCertificate, '-outform', 'DER']);
    expect(printed).toContain(createHash('sha256').update(der).digest('hex').toUpperCase());
  });

  it('makes a CMS that OpenSSL also verifies over the signed byte ranges', () => {
    const match = /\/ByteRange \[0 (\d+) +(\d+) +(\d+) *\]/.exec(Buffer.from(signed).toString('latin1'));
    expect(match).not.toBeNull();
    const [length1, offset2, length2] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
    expect(offset2 + length2).toBe(signed.length);
    save('content.bin', Buffer.concat([signed.subarray(0, length1), signed.subarray(offset2)]));
    execFileSync('pdfsig', ['-dump', file('signed.pdf')], { cwd: pki.dir });
    const result = execFileSync(
      'openssl',
      ['cms', '-verify', '-binary', '-inform', 'DER', '-in', file('signed.pdf.sig0'), '-content', file('content.bin'),
        '-CAfile', pki.caCertificate, '-purpose', 'any', '-out', '/dev/null'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(result).toBe('');
  });

  it('prints the signature block in the text of the last page only', () => {
    const statement = 'Signé électroniquement par Jean-Louis MASSON, Président du Conseil départemental, le 14/03/2025 à 09h15';
    expect(pdftotext(file('signed.pdf'), 3, 3)).toContain(statement);
    expect(pdftotext(file('signed.pdf'), 1, 2)).not.toContain('Signé électroniquement');
  });

  it('keeps the original file untouched as the first revision (incremental update)', () => {
    expect(Buffer.from(signed.subarray(0, act.length)).equals(Buffer.from(act))).toBe(true);
    expect(readFileSync(file('signed.pdf')).length).toBeGreaterThan(act.length);
  });

  it('gives "Digest Mismatch" in pdfsig when one byte of the signed range changes', () => {
    const report = pdfsig(save('tampered.pdf', withPageTwoAltered(signed)), '-nocert');
    expect(report).toContain('  - Signature Validation: Digest Mismatch.');
    expect(report).not.toContain('Signature is Valid.');
  });

  it('signs with an ECDSA P-256 key', async () => {
    const bytes = await signPdf(act, pki.ecP12, PASSPHRASE, { ...OPTIONS, signerLabel: 'Marie-Claire DUPONT, Vice-présidente' });
    const report = pdfsig(save('signed-ec.pdf', bytes), '-nocert');
    expect(report).toContain('  - Signature Validation: Signature is Valid.');
    expect(report).toContain('  - Signer Certificate Common Name: Marie-Claire DUPONT');
  });

  it('signs a PDF whose cross-reference table is damaged, by rewriting it whole', async () => {
    const damaged = Buffer.from(act);
    damaged.write('9', damaged.lastIndexOf('startxref') + 'startxref\n'.length, 'latin1');
    const bytes = await signPdf(new Uint8Array(damaged), pki.signerP12, PASSPHRASE, OPTIONS);
    const report = pdfsig(save('repaired-signed.pdf', bytes), '-nocert');
    expect(report).toContain('  - Signature Validation: Signature is Valid.');
    expect(report).toContain('  - Total document signed');
  });

  it('refuses what is not a PDF', async () => {
    const error = await rejection(signPdf(new TextEncoder().encode('Bonjour'), pki.signerP12, PASSPHRASE, OPTIONS));
    expect(error.toInfo()).toEqual({ type: 'validation', message: "Le fichier n'est pas un PDF." });
  });

  it('refuses a PDF that is already signed, as a conflict', async () => {
    const error = await rejection(signPdf(signed, pki.signerP12, PASSPHRASE, OPTIONS));
    expect(error.type).toBe('conflict');
    expect(error.message).toMatch(/^Le PDF est déjà signé/);
  });

  it('refuses a wrong passphrase and a certificate expired at the signing time', async () => {
    expect((await rejection(signPdf(act, pki.signerP12, 'faux', OPTIONS))).message).toBe(
      'Le mot de passe du certificat est incorrect.',
    );
    expect((await rejection(signPdf(act, pki.expiredP12, PASSPHRASE, OPTIONS))).message).toMatch(
      /a expiré le 01\/01\/2021/,
    );
  });

  it('requires the name and quality of the signer', async () => {
    const error = await rejection(signPdf(act, pki.signerP12, PASSPHRASE, { ...OPTIONS, signerLabel: '  ' }));
    expect(error.field).toBe('signerLabel');
  });
});
