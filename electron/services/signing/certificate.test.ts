import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/domain/errors';
import { readCertificate } from './certificate';
import { ACCENTED_PASSPHRASE, PASSPHRASE, SIGNING_TIME, type RefusedCertificates, type TestPki, makeRefusedCertificates, makeTestPki, missingTools, skipReason } from './testing/fixtures';

const missing = missingTools('openssl');

async function frenchError(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe.skipIf(missing.length > 0)(`readCertificate${skipReason(missing)}`, () => {
  let pki: TestPki;
  let refused: RefusedCertificates;
  beforeAll(() => {
    pki = makeTestPki();
    refused = makeRefusedCertificates(pki);
  }, 300_000);
  afterAll(() => pki.cleanUp());

  it('describes the signer with the accents of the subject and issuer intact', async () => {
    const info = await readCertificate(pki.signerP12, PASSPHRASE, SIGNING_TIME);
    expect(info).toMatchObject({
      subjectCommonName: 'Jean-Louis MASSON',
      subject: 'CN=Jean-Louis MASSON, O=Département du Var, C=FR',
      issuer: 'CN=Autorité de certification de test, O=Département du Var, C=FR',
      notBefore: new Date('2025-01-01T00:00:00Z'),
      notAfter: new Date('2035-01-01T00:00:00Z'),
    });
  });

  it('gives the serial number and the SHA-256 fingerprint as openssl prints them', async () => {
    const info = await readCertificate(pki.signerP12, PASSPHRASE, SIGNING_TIME);
    const printed = execFileSync('openssl', ['x509', '-in', pki.signerCertificate, '-noout', '-serial', '-fingerprint', '-sha256'], {
      encoding: 'utf8',
    });
    expect(printed).toContain(`serial=${info.serialNumber}`);
    expect(printed).toContain(`Fingerprint=${info.sha256Fingerprint}`);
  });

  it('opens a file protected by a passphrase with accents', async () => {
    const info = await readCertificate(pki.accentedP12, ACCENTED_PASSPHRASE, SIGNING_TIME);
    expect(info.subjectCommonName).toBe('Jean-Louis MASSON');
  });

  it('opens a file encrypted the older way (3DES, SHA-1 MAC) as Windows exports it', async () => {
    const info = await readCertificate(pki.tripleDesP12, PASSPHRASE, SIGNING_TIME);
    expect(info.subjectCommonName).toBe('Jean-Louis MASSON');
  });

  it('opens an ECDSA certificate', async () => {
    const info = await readCertificate(pki.ecP12, PASSPHRASE, SIGNING_TIME);
    expect(info.subject).toBe('CN=Marie-Claire DUPONT, O=Département du Var, C=FR');
  });

  it('says the passphrase is wrong, without repeating it', async () => {
    const error = await frenchError(readCertificate(pki.signerP12, 'mauvais-mot-de-passe', SIGNING_TIME));
    expect(error.type).toBe('validation');
    expect(error.message).toBe('Le mot de passe du certificat est incorrect.');
  });

  it('says a truncated file is not a readable PKCS#12 certificate', async () => {
    const error = await frenchError(readCertificate(pki.truncatedP12, PASSPHRASE, SIGNING_TIME));
    expect(error.message).toBe("Le fichier fourni n'est pas un certificat PKCS#12 lisible (.p12 ou .pfx).");
  });

  it('says a file of another kind is not a readable PKCS#12 certificate', async () => {
    const error = await frenchError(readCertificate(new TextEncoder().encode('%PDF-1.7 pas un certificat'), PASSPHRASE, SIGNING_TIME));
    expect(error.message).toMatch(/n'est pas un certificat PKCS#12 lisible/);
  });

  it('refuses an expired certificate and names its validity dates', async () => {
    const error = await frenchError(readCertificate(pki.expiredP12, PASSPHRASE, SIGNING_TIME));
    expect(error.message).toBe(
      'Le certificat de Ancien SIGNATAIRE a expiré le 01/01/2021 (il était valable du 01/01/2020 au 01/01/2021).',
    );
  });

  it('refuses a certificate that is not valid yet and names its validity dates', async () => {
    const error = await frenchError(readCertificate(pki.signerP12, PASSPHRASE, new Date('2024-06-01T10:00:00Z')));
    expect(error.message).toBe(
      "Le certificat de Jean-Louis MASSON n'est pas encore valable : il le sera du 01/01/2025 au 01/01/2035.",
    );
  });

  it('refuses a file without a private key', async () => {
    const error = await frenchError(readCertificate(pki.noKeyP12, PASSPHRASE, SIGNING_TIME));
    expect(error.message).toMatch(/ne contient pas de clé privée/);
  });

  it('refuses a key algorithm it cannot sign with (Ed25519)', async () => {
    const error = await frenchError(readCertificate(pki.ed25519P12, PASSPHRASE, SIGNING_TIME));
    expect(error.message).toMatch(/algorithme que Registre ne sait pas employer/);
  });

  it('refuses a certificate whose key usage excludes signing', async () => {
    const error = await frenchError(readCertificate(pki.encipherOnlyP12, PASSPHRASE, SIGNING_TIME));
    expect(error.message).toMatch(/n'est pas destiné à la signature/);
  });

  it('refuses a certificate with no key usage, and a TLS server certificate', async () => {
    expect((await frenchError(readCertificate(refused.noKeyUsageP12, PASSPHRASE, SIGNING_TIME))).message).toBe(
      "Le certificat de Sans USAGE n'est pas destiné à la signature (aucun usage de clé déclaré) : choisissez un certificat de signature.",
    );
    expect((await frenchError(readCertificate(refused.tlsServerP12, PASSPHRASE, SIGNING_TIME))).message).toBe(
      "Le certificat de registre.var.fr n'est pas destiné à la signature (usage étendu : serveur TLS) : choisissez un certificat de signature.",
    );
  });

  it('refuses keys below the RGS minimum: RSA 1024, ECDSA P-224', async () => {
    expect((await frenchError(readCertificate(refused.rsa1024P12, PASSPHRASE, SIGNING_TIME))).message).toMatch(
      /^La clé du certificat de Petite CLÉ est trop faible \(RSA 1024 bits\) : le référentiel général de sécurité \(RGS\) exige au moins RSA 2048 bits/,
    );
    expect((await frenchError(readCertificate(refused.p224P12, PASSPHRASE, SIGNING_TIME))).message).toMatch(
      /^La clé du certificat utilise une courbe elliptique que Registre n’accepte pas : le référentiel général de sécurité \(RGS\) exige ECDSA P-256/,
    );
  });
});
