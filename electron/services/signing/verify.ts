import { type PdfArray, PdfNumber, PdfString } from '@libpdf/core';
import * as pkijs from 'pkijs';
import type { ByteRange } from './byte-range';
import { signedContent } from './byte-range';
import type { SignerIssuer } from '../../../shared/rules/signature-verdict';
import { describeCertificate, parseCertificate } from './certificate';
import { RECOGNISED_AUTHORITIES } from './recognised-authorities';
import { parsePdfDate } from './dates';
import { laterRevisionsKeepSignedContent } from './later-revisions';
import { isSignatureField, loadPdf } from './pdf-document';

/** One signature of a PDF as the app shows it. */
export interface SignatureReport {
  /** The digest over the /ByteRange matches the CMS and the CMS signature verifies with its certificate. */
  intact: boolean;
  /** The /ByteRange starts at 0, ends at the end of the file and leaves out only /Contents. */
  coversWholeDocument: boolean;
  /**
   * The revisions added after the signature (if any) only add signatures, timestamps or validation
   * data: the signed pages, content and form values are unchanged. True when the signature covers
   * the whole document.
   */
  signedContentKept: boolean;
  /** Whether a recognised authority issued the signer's certificate (see recognised-authorities.ts). */
  signerIssuer: SignerIssuer;
  signerCommonName: string;
  subject: string;
  serialNumber: string;
  /** The claimed time, from the /M entry of the signature dictionary. */
  signingTime: Date | null;
  subFilter: string;
}

export interface VerificationReport {
  signed: boolean;
  signatures: SignatureReport[];
}

const HEX_DIGIT = /^[0-9A-Fa-f\s]*$/;

/** The /ByteRange when it is four non-negative integers whose ranges lie inside the file, else null. */
function byteRangeOf(array: PdfArray | undefined, fileLength: number): ByteRange | null {
  const numbers = (array?.toArray() ?? []).map((item) => (item instanceof PdfNumber ? item.value : NaN));
  if (numbers.length !== 4 || numbers.some((n) => !Number.isSafeInteger(n) || n < 0)) return null;
  const [offset1, length1, offset2, length2] = numbers as [number, number, number, number];
  if (offset1 + length1 > fileLength || offset2 + length2 > fileLength) return null;
  return [offset1, length1, offset2, length2];
}

function coversWholeDocument(pdf: Uint8Array, [offset1, length1, offset2, length2]: ByteRange): boolean {
  if (offset1 !== 0 || offset2 + length2 !== pdf.length || offset2 <= length1) return false;
  // The gap must be exactly the <hex> /Contents string, so that nothing else escapes the signature.
  const gap = Buffer.from(pdf.subarray(length1, offset2)).toString('latin1');
  return gap.startsWith('<') && gap.endsWith('>') && HEX_DIGIT.test(gap.slice(1, -1));
}

// pkijs keeps one engine per process, shared by every copy of pkijs: @libpdf/core installs its own
// (built on its older pkijs) when it opens a PKCS#12 file, and verifying through it fails here.
// Ours is passed explicitly.
const cryptoEngine = new pkijs.CryptoEngine({ name: 'registre-verify', crypto: globalThis.crypto });

interface CmsCheck {
  intact: boolean;
  signer: pkijs.Certificate | null;
  /** The certificates the CMS carries (the signer's and, often, its issuing chain). */
  certificates: pkijs.Certificate[];
}

async function checkCms(cms: Uint8Array, content: Uint8Array): Promise<CmsCheck> {
  let signedData: pkijs.SignedData;
  try {
    // The /Contents string is zero-padded after the DER; fromBER stops at the end of the structure.
    signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(cms).content });
  } catch {
    return { intact: false, signer: null, certificates: [] };
  }
  const certificates = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  try {
    // pkijs compares the message-digest attribute with the SHA-256 of the content, then checks the signature.
    const result = await signedData.verify(
      { signer: 0, data: new Uint8Array(content).buffer, extendedMode: true, checkChain: false },
      cryptoEngine,
    );
    return { intact: result.signatureVerified === true, signer: result.signerCertificate ?? null, certificates };
  } catch (error) {
    const signer = error instanceof pkijs.SignedDataVerifyError ? error.signerCertificate : null;
    return { intact: false, signer: signer ?? null, certificates };
  }
}

/** Whether `issuer` signed `cert` (names and signature); a malformed certificate did not. */
async function issued(issuer: pkijs.Certificate, cert: pkijs.Certificate): Promise<boolean> {
  try {
    return cert.issuer.isEqual(issuer.subject) && (await cert.verify(issuer, cryptoEngine));
  } catch {
    return false;
  }
}

/**
 * Who vouches for the signer: a recognised authority (reached through the CMS's chain), an issuer
 * Registre does not know, or nobody — the certificate names itself as its issuer and signs itself.
 * Validity dates and revocation are not judged here.
 */
async function signerIssuerOf(signer: pkijs.Certificate | null, chain: pkijs.Certificate[], anchors: pkijs.Certificate[]): Promise<SignerIssuer> {
  if (signer === null) return 'unrecognised';
  if (signer.issuer.isEqual(signer.subject)) return 'self-signed';
  let current = signer;
  // A chain longer than a few levels is not one a signing certificate comes with.
  for (let depth = 0; depth < 6; depth++) {
    for (const anchor of anchors) if (await issued(anchor, current)) return 'recognised';
    let next: pkijs.Certificate | undefined;
    for (const c of chain) if (c !== current && !c.issuer.isEqual(c.subject) && (await issued(c, current))) next = c;
    if (next === undefined) return 'unrecognised';
    current = next;
  }
  return 'unrecognised';
}

/**
 * Checks every signature of a PDF in-process (no external tool): whether the signed bytes and the
 * CMS signature are intact, whether the signature covers the whole file, who signed and when, and
 * whether one of `authorities` (DER; by default the app's list) issued the signer's certificate.
 */
export async function verifyPdf(pdf: Uint8Array, authorities: readonly Uint8Array[] = RECOGNISED_AUTHORITIES): Promise<VerificationReport> {
  const anchors = authorities.map((der) => parseCertificate(der));
  const doc = await loadPdf(pdf);
  const signatures: SignatureReport[] = [];
  for (const field of doc.getForm()?.getFields() ?? []) {
    if (!isSignatureField(field)) continue;
    const dict = field.getSignatureDict();
    const contents = dict?.get('Contents');
    if (!dict || !(contents instanceof PdfString)) continue;
    const byteRange = byteRangeOf(dict.getArray('ByteRange'), pdf.length);
    const check =
      byteRange === null
        ? { intact: false, signer: null, certificates: [] }
        : await checkCms(contents.bytes, signedContent(pdf, byteRange));
    const signer =
      check.signer === null ? null : describeCertificate(new Uint8Array(check.signer.toSchema().toBER(false)));
    const m = dict.get('M');
    const whole = byteRange !== null && coversWholeDocument(pdf, byteRange);
    const signedContentKept =
      whole || (byteRange !== null && check.intact && coversWholeDocument(pdf.subarray(0, byteRange[2] + byteRange[3]), byteRange)
        && (await laterRevisionsKeepSignedContent(pdf, byteRange[2] + byteRange[3])));
    signatures.push({
      intact: check.intact,
      coversWholeDocument: whole,
      signedContentKept,
      signerIssuer: await signerIssuerOf(check.signer, check.certificates, anchors),
      signerCommonName: signer?.subjectCommonName ?? '',
      subject: signer?.subject ?? '',
      serialNumber: signer?.serialNumber ?? '',
      signingTime: m instanceof PdfString ? parsePdfDate(m.asString()) : null,
      subFilter: dict.getName('SubFilter')?.value ?? '',
    });
  }
  return { signed: signatures.length > 0, signatures };
}
