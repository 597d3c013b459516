// Test fixtures: throw-away certificates made with the openssl command line, small PDFs made with
// pdfkit, and the poppler tools that judge the result.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

/** Names of the tools among `tools` that cannot be run here, for `describe.skipIf` and its reason. */
export function missingTools(...tools: string[]): string[] {
  return tools.filter((tool) => spawnSync(tool, ['-v'], { stdio: 'ignore' }).error !== undefined);
}

/** The reason shown in the test name when the tools are missing. */
export const skipReason = (missing: string[]) =>
  missing.length === 0 ? '' : ` (ignoré : ${missing.join(', ')} introuvable)`;

export const PASSPHRASE = 'secret-de-test';
export const ACCENTED_PASSPHRASE = 'Mot-de-passe-été';
/** Inside the validity of the signer certificates (2025-01-01 → 2035-01-01): 09h15 in Paris. */
export const SIGNING_TIME = new Date('2025-03-14T08:15:00Z');

export interface TestPki {
  dir: string;
  caCertificate: string;
  /** RSA 2048, subject "CN=Jean-Louis MASSON, O=Département du Var, C=FR", with the CA in the file. */
  signerP12: Uint8Array;
  signerCertificate: string;
  /** Same key and certificate, protected by a passphrase with accents. */
  accentedP12: Uint8Array;
  /** Same key and certificate with the 3DES/SHA-1 encryption of older exports (Windows). */
  tripleDesP12: Uint8Array;
  /** ECDSA P-256 signer. */
  ecP12: Uint8Array;
  /** Valid from 01/01/2020 to 01/01/2021. */
  expiredP12: Uint8Array;
  /** Ed25519 key, which PAdES tools rarely accept and @libpdf/core cannot use. */
  ed25519P12: Uint8Array;
  /** Key usage keyEncipherment only. */
  encipherOnlyP12: Uint8Array;
  /** Certificate without its private key. */
  noKeyP12: Uint8Array;
  /** The first 700 bytes of signerP12. */
  truncatedP12: Uint8Array;
  cleanUp(): void;
}

const CA_CONFIG = `
[ ca ]
default_ca = test_ca
[ test_ca ]
dir = .
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = any_name
unique_subject = no
email_in_dn = no
[ any_name ]
countryName = optional
organizationName = optional
commonName = supplied
[ req ]
distinguished_name = dn
string_mask = utf8only
[ dn ]
[ v3_ca ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ signer ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ signer_self ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier = hash
[ encipherment ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, keyEncipherment
[ no_key_usage ]
basicConstraints = critical, CA:FALSE
subjectKeyIdentifier = hash
[ tls_server ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
`;

/** The openssl steps of a test CA whose files (ca.cnf, ca.key, ca.crt) are in `dir`. */
function opensslIn(dir: string) {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const request = (name: string, subject: string, keyArgs: string[]) =>
    openssl('req', '-config', 'ca.cnf', '-new', '-utf8', '-nodes', ...keyArgs,
      '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject);
  // `openssl ca` rather than `x509 -req`: only it sets validity dates in the past (openssl 3.0).
  const issue = (name: string, extensions: string, start: string, end: string, selfSign = false) =>
    openssl('ca', '-config', 'ca.cnf', '-batch', '-utf8', '-notext',
      ...(selfSign ? ['-selfsign'] : ['-cert', 'ca.crt']), '-keyfile', 'ca.key',
      '-extensions', extensions, '-startdate', start, '-enddate', end, '-in', `${name}.csr`, '-out', `${name}.crt`);
  const pkcs12 = (name: string, file: string, passphrase: string, extra: string[] = []) => {
    openssl('pkcs12', '-export', '-inkey', `${name}.key`, '-in', `${name}.crt`, '-certfile', 'ca.crt',
      '-out', file, '-passout', `pass:${passphrase}`, ...extra);
    return new Uint8Array(readFileSync(join(dir, file)));
  };
  return { openssl, request, issue, pkcs12 };
}

/** Creates a CA "Autorité de certification de test, Département du Var" and the signer files. */
export function makeTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'registre-pki-'));
  writeFileSync(join(dir, 'ca.cnf'), CA_CONFIG);
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  const { openssl, request, issue, pkcs12 } = opensslIn(dir);
  const rsa = ['-newkey', 'rsa:2048'];

  request('ca', '/C=FR/O=Département du Var/CN=Autorité de certification de test', rsa);
  issue('ca', 'v3_ca', '20240101000000Z', '20440101000000Z', true);
  request('signer', '/C=FR/O=Département du Var/CN=Jean-Louis MASSON', rsa);
  issue('signer', 'signer', '20250101000000Z', '20350101000000Z');
  const p256 = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'];
  request('ec', '/C=FR/O=Département du Var/CN=Marie-Claire DUPONT', p256);
  issue('ec', 'signer', '20250101000000Z', '20350101000000Z');
  request('ed25519', '/C=FR/O=Département du Var/CN=Clé EDWARDS', ['-newkey', 'ed25519']);
  issue('ed25519', 'signer', '20250101000000Z', '20350101000000Z');
  request('expired', '/C=FR/O=Département du Var/CN=Ancien SIGNATAIRE', rsa);
  issue('expired', 'signer', '20200101000000Z', '20210101000000Z');
  request('encipher', '/C=FR/O=Département du Var/CN=Serveur CHIFFREMENT', rsa);
  issue('encipher', 'encipherment', '20250101000000Z', '20350101000000Z');

  const signerP12 = pkcs12('signer', 'signer.p12', PASSPHRASE);
  openssl('pkcs12', '-export', '-nokeys', '-in', 'signer.crt', '-out', 'nokey.p12',
    '-passout', `pass:${PASSPHRASE}`);
  return {
    dir,
    caCertificate: join(dir, 'ca.crt'),
    signerCertificate: join(dir, 'signer.crt'),
    signerP12,
    accentedP12: pkcs12('signer', 'accented.p12', ACCENTED_PASSPHRASE),
    tripleDesP12: pkcs12('signer', 'des.p12', PASSPHRASE,
      ['-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'PBE-SHA1-3DES', '-macalg', 'sha1']),
    ecP12: pkcs12('ec', 'ec.p12', PASSPHRASE),
    expiredP12: pkcs12('expired', 'expired.p12', PASSPHRASE),
    ed25519P12: pkcs12('ed25519', 'ed25519.p12', PASSPHRASE),
    encipherOnlyP12: pkcs12('encipher', 'encipher.p12', PASSPHRASE),
    noKeyP12: new Uint8Array(readFileSync(join(dir, 'nokey.p12'))),
    truncatedP12: signerP12.slice(0, 700),
    cleanUp: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A certificate that signs itself, in the président's name, as anyone can make one (try-report D20):
 * RSA 2048, digitalSignature, valid over SIGNING_TIME, alone in its PKCS#12 file.
 */
export function makeSelfSignedP12(pki: TestPki): Uint8Array {
  const { openssl, request } = opensslIn(pki.dir);
  request('selfsigned', '/CN=Jean-Marie BERNARD', ['-newkey', 'rsa:2048']);
  openssl('ca', '-config', 'ca.cnf', '-batch', '-utf8', '-notext', '-selfsign', '-keyfile', 'selfsigned.key',
    '-extensions', 'signer_self', '-startdate', '20250101000000Z', '-enddate', '20350101000000Z', '-in', 'selfsigned.csr', '-out', 'selfsigned.crt');
  openssl('pkcs12', '-export', '-inkey', 'selfsigned.key', '-in', 'selfsigned.crt', '-out', 'selfsigned.p12', '-passout', `pass:${PASSPHRASE}`);
  return new Uint8Array(readFileSync(join(pki.dir, 'selfsigned.p12')));
}

/** Certificates that open but must not sign (a signature is sealed forever). */
export interface RefusedCertificates {
  /** RSA 1024, below the RGS minimum (RSA 2048). */
  rsa1024P12: Uint8Array;
  /** ECDSA P-224, below the RGS minimum (P-256). */
  p224P12: Uint8Array;
  /** No key-usage extension at all. */
  noKeyUsageP12: Uint8Array;
  /** A TLS server certificate: digitalSignature, keyEncipherment, extended key usage serverAuth. */
  tlsServerP12: Uint8Array;
}

/** Issues the refused certificates from the CA of `pki` (apart: most tests do not need them). */
export function makeRefusedCertificates(pki: TestPki): RefusedCertificates {
  const { request, issue, pkcs12 } = opensslIn(pki.dir);
  const rsa = ['-newkey', 'rsa:2048'];
  request('rsa1024', '/C=FR/O=Département du Var/CN=Petite CLÉ', ['-newkey', 'rsa:1024']);
  issue('rsa1024', 'signer', '20250101000000Z', '20350101000000Z');
  request('p224', '/C=FR/O=Département du Var/CN=Courbe P224', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-224']);
  issue('p224', 'signer', '20250101000000Z', '20350101000000Z');
  request('nousage', '/C=FR/O=Département du Var/CN=Sans USAGE', rsa);
  issue('nousage', 'no_key_usage', '20250101000000Z', '20350101000000Z');
  request('tls', '/C=FR/O=Département du Var/CN=registre.var.fr', rsa);
  issue('tls', 'tls_server', '20250101000000Z', '20350101000000Z');
  return {
    rsa1024P12: pkcs12('rsa1024', 'rsa1024.p12', PASSPHRASE),
    p224P12: pkcs12('p224', 'p224.p12', PASSPHRASE),
    noKeyUsageP12: pkcs12('nousage', 'nousage.p12', PASSPHRASE),
    tlsServerP12: pkcs12('tls', 'tls.p12', PASSPHRASE),
  };
}

/**
 * A small uncompressed act of `pages` pages ("Délibération n° G12 — page N"), so that a test can
 * find and change the text of a page in the raw bytes.
 */
export function makeActPdf(pages = 3): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      compress: false,
      info: { Title: 'Délibération G12', CreationDate: new Date(0) },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    for (let page = 1; page <= pages; page++) {
      if (page > 1) doc.addPage();
      doc.fontSize(14).text(`Délibération n° G12 — page ${page}`);
    }
    doc.end();
  });
}

/**
 * pdfsig's report of a file, checking the cryptography only (-nocert). Its exit code is 0 even
 * for a broken signature, so tests read the text. TZ=UTC makes it print the signing time in UTC.
 */
export function pdfsig(path: string, ...args: string[]): string {
  return execFileSync('pdfsig', [...args, path], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
}

/** The text of pages `first`..`last` as pdftotext extracts it. */
export function pdftotext(path: string, first: number, last: number): string {
  return execFileSync('pdftotext', ['-f', String(first), '-l', String(last), path, '-'], {
    encoding: 'utf8',
  });
}

/** A copy of `pdf` with one byte changed inside the text "page 2" (in the signed range). */
export function withPageTwoAltered(pdf: Uint8Array): Uint8Array {
  const copy = Buffer.from(pdf);
  // pdfkit writes the text as hex glyph codes: "page 2" is 706167652032.
  const at = copy.indexOf('706167652032', 0, 'latin1');
  if (at === -1) throw new Error('texte "page 2" introuvable dans le PDF de test');
  copy[at + 11] = '3'.charCodeAt(0);
  return new Uint8Array(copy);
}
