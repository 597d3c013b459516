import { createHash, createPublicKey, randomBytes, verify } from 'node:crypto';
import { P12Signer, SignerError } from '@libpdf/core';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { AppError } from '../../../shared/domain/errors';
import { formatFrenchDate } from './dates';
import { commonNameOf, formatDistinguishedName } from './distinguished-name';

/** What the secretary is shown about a signing certificate before using it. */
export interface CertificateInfo {
  subjectCommonName: string;
  /** RFC 4514, most specific first: "CN=Jean-Louis MASSON, O=Département du Var, C=FR". */
  subject: string;
  issuer: string;
  /** Upper-case hexadecimal, as openssl and certificate viewers print it. */
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** SHA-256 of the DER certificate, "AB:CD:…". */
  sha256Fingerprint: string;
}

/** A certificate with its private key, opened from a PKCS#12 file for one signing. */
export interface SigningIdentity {
  info: CertificateInfo;
  /** DER of the certificate whose public key matches the private key. */
  certificate: Uint8Array;
  /** DER of the other certificates of the file (the issuing chain, when present). */
  chain: Uint8Array[];
  keyType: 'RSA' | 'EC';
  /** Signs `data` with SHA-256 (RSA PKCS#1 v1.5 or DER-encoded ECDSA). */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

const fail = (message: string) => new AppError('validation', message);

const UNREADABLE = "Le fichier fourni n'est pas un certificat PKCS#12 lisible (.p12 ou .pfx).";
const WRONG_PASSPHRASE = 'Le mot de passe du certificat est incorrect.';
const NO_PRIVATE_KEY =
  'Le fichier du certificat ne contient pas de clé privée : exportez le certificat avec sa clé privée (.p12 ou .pfx).';
const UNSUPPORTED_KEY =
  'La clé du certificat utilise un algorithme que Registre ne sait pas employer (RSA ou ECDSA attendus).';
const UNSUPPORTED_CURVE =
  'La clé du certificat utilise une courbe elliptique que Registre n’accepte pas : le référentiel général de sécurité (RGS) exige ECDSA P-256, P-384 ou P-521, ou RSA 2048 bits au moins.';
const KEY_MISMATCH = 'La clé privée du fichier ne correspond à aucun des certificats qu’il contient.';

const OID_KEY_USAGE = '2.5.29.15';
// KeyUsage bits (RFC 5280 §4.2.1.3), first octet: digitalSignature = bit 0, nonRepudiation = bit 1.
const DIGITAL_SIGNATURE = 0x80;
const NON_REPUDIATION = 0x40;

/** Parses a DER certificate with pkijs, which keeps names exactly as encoded. */
export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(der);
}

function hexOfInteger(integer: asn1js.Integer): string {
  const bytes = integer.valueBlock.valueHexView;
  // DER prefixes a 00 octet to positive serials whose high bit is set; viewers do not print it.
  const start = bytes.length > 1 && bytes[0] === 0 ? 1 : 0;
  return Buffer.from(bytes.subarray(start)).toString('hex').toUpperCase();
}

/** Describes a DER certificate (names with accents, serial, validity, fingerprint). */
export function describeCertificate(der: Uint8Array): CertificateInfo {
  const cert = parseCertificate(der);
  return {
    subjectCommonName: commonNameOf(cert.subject),
    subject: formatDistinguishedName(cert.subject),
    issuer: formatDistinguishedName(cert.issuer),
    serialNumber: hexOfInteger(cert.serialNumber),
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
    sha256Fingerprint: createHash('sha256')
      .update(der)
      .digest('hex')
      .toUpperCase()
      .replace(/(..)(?!$)/g, '$1:'),
  };
}

function classifyOpeningError(error: unknown): AppError {
  const message = error instanceof Error ? error.message : '';
  if (error instanceof SignerError) {
    if (/no private key/i.test(message)) return fail(NO_PRIVATE_KEY);
    if (/unsupported key algorithm/i.test(message)) return fail(UNSUPPORTED_KEY);
    if (/curve OID/i.test(message)) return fail(UNSUPPORTED_CURVE);
    // pkijs reports a failed MAC check ("Integrity … is broken"): with an intact file, only the
    // password does that.
    if (/integrity|password|\bmac\b/i.test(message)) return fail(WRONG_PASSPHRASE);
  }
  return fail(UNREADABLE);
}

async function openP12(p12: Uint8Array, passphrase: string): Promise<P12Signer> {
  // Checked first so that a truncated file is reported as unreadable, never as a wrong password.
  if (asn1js.fromBER(p12).offset === -1) throw fail(UNREADABLE);
  try {
    return await P12Signer.create(p12, passphrase);
  } catch (error) {
    throw classifyOpeningError(error);
  }
}

/**
 * @libpdf/core takes the first certificate of the file as the signer's, but files exported by
 * Windows may list the CA first: find the one whose public key verifies a signature of the key.
 */
async function certificateOfKey(signer: P12Signer): Promise<{ certificate: Uint8Array; chain: Uint8Array[] }> {
  const candidates = [signer.certificate, ...signer.certificateChain];
  const challenge = randomBytes(32);
  const signature = await signer.sign(challenge, 'SHA-256');
  for (const certificate of candidates) {
    const spki = parseCertificate(certificate).subjectPublicKeyInfo.toSchema().toBER(false);
    const publicKey = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
    if (verify('sha256', challenge, publicKey, signature)) {
      return { certificate, chain: candidates.filter((c) => c !== certificate) };
    }
  }
  throw fail(KEY_MISMATCH);
}

function checkValidity(info: CertificateInfo, now: Date): void {
  const period = `du ${formatFrenchDate(info.notBefore)} au ${formatFrenchDate(info.notAfter)}`;
  if (now.getTime() > info.notAfter.getTime()) {
    throw fail(
      `Le certificat de ${info.subjectCommonName} a expiré le ${formatFrenchDate(info.notAfter)} ` +
        `(il était valable ${period}).`,
    );
  }
  if (now.getTime() < info.notBefore.getTime()) {
    throw fail(
      `Le certificat de ${info.subjectCommonName} n'est pas encore valable : il le sera ${period}.`,
    );
  }
}

const OID_EXTENDED_KEY_USAGE = '2.5.29.37';
// Extended key usages that allow signing documents: any, e-mail protection (S/MIME), document
// signing (RFC 9336), Adobe's PDF signing and Microsoft's document signing.
const SIGNING_PURPOSES = ['2.5.29.37.0', '1.3.6.1.5.5.7.3.4', '1.3.6.1.5.5.7.3.36', '1.2.840.113583.1.1.5', '1.3.6.1.4.1.311.10.3.12'];
// The RGS minimum (annexe B1): RSA 2048 bits, elliptic curves of 256 bits.
const MIN_RSA_BITS = 2048;
const STRONG_CURVES = ['prime256v1', 'secp384r1', 'secp521r1', 'brainpoolP256r1', 'brainpoolP384r1', 'brainpoolP512r1'];

const notForSigning = (info: CertificateInfo, why: string) =>
  fail(`Le certificat de ${info.subjectCommonName} n'est pas destiné à la signature (${why}) : choisissez un certificat de signature.`);

/**
 * A signature is sealed forever: the certificate must be meant for it (key usage digitalSignature
 * or nonRepudiation, present; no extended key usage limiting it to another purpose, as a TLS
 * server's) and its key must meet the RGS minimum.
 */
function checkSigningCertificate(certificate: Uint8Array, info: CertificateInfo): void {
  const cert = parseCertificate(certificate);
  const usage = cert.extensions?.find((e) => e.extnID === OID_KEY_USAGE)?.parsedValue as unknown;
  if (!(usage instanceof asn1js.BitString)) throw notForSigning(info, 'aucun usage de clé déclaré');
  const firstOctet = usage.valueBlock.valueHexView[0] ?? 0;
  if ((firstOctet & (DIGITAL_SIGNATURE | NON_REPUDIATION)) === 0) throw notForSigning(info, 'usage de clé');
  const extended = cert.extensions?.find((e) => e.extnID === OID_EXTENDED_KEY_USAGE)?.parsedValue as unknown;
  if (extended instanceof pkijs.ExtKeyUsage && !extended.keyPurposes.some((p) => SIGNING_PURPOSES.includes(p))) {
    throw notForSigning(info, `usage étendu : ${extended.keyPurposes.includes('1.3.6.1.5.5.7.3.1') ? 'serveur TLS' : extended.keyPurposes.join(', ')}`);
  }
  const spki = cert.subjectPublicKeyInfo.toSchema().toBER(false);
  const details = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' }).asymmetricKeyDetails ?? {};
  if (details.modulusLength !== undefined && details.modulusLength < MIN_RSA_BITS) {
    throw fail(
      `La clé du certificat de ${info.subjectCommonName} est trop faible (RSA ${details.modulusLength} bits) : ` +
        `le référentiel général de sécurité (RGS) exige au moins RSA ${MIN_RSA_BITS} bits ou ECDSA P-256.`,
    );
  }
  if (details.namedCurve !== undefined && !STRONG_CURVES.includes(details.namedCurve)) {
    throw fail(
      `La clé du certificat de ${info.subjectCommonName} est trop faible (courbe ${details.namedCurve}) : ` +
        `le référentiel général de sécurité (RGS) exige au moins ECDSA P-256 ou RSA ${MIN_RSA_BITS} bits.`,
    );
  }
}

/**
 * Opens a PKCS#12 file for signing at `now`: checks the passphrase, the presence of the private
 * key, the validity period, the key usage and the key's strength. Throws `AppError('validation')` in French.
 * The passphrase is only handed to the decryption and never kept.
 */
export async function openSigningIdentity(
  p12: Uint8Array,
  passphrase: string,
  now: Date,
): Promise<SigningIdentity> {
  const signer = await openP12(p12, passphrase);
  const { certificate, chain } = await certificateOfKey(signer);
  const info = describeCertificate(certificate);
  checkValidity(info, now);
  checkSigningCertificate(certificate, info);
  return {
    info,
    certificate,
    chain,
    keyType: signer.keyType,
    sign: (data) => signer.sign(data, 'SHA-256'),
  };
}

/**
 * Reads the signing certificate of a PKCS#12 file (.p12/.pfx) and checks it can sign at `now`.
 *
 * @example await readCertificate(p12Bytes, 'secret', new Date())
 * // { subjectCommonName: 'Jean-Louis MASSON', subject: 'CN=Jean-Louis MASSON, O=Département du Var, C=FR', … }
 */
export async function readCertificate(
  p12: Uint8Array,
  passphrase: string,
  now: Date,
): Promise<CertificateInfo> {
  return (await openSigningIdentity(p12, passphrase, now)).info;
}
