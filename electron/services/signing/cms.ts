import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { SigningIdentity } from './certificate';
import { parseCertificate } from './certificate';

const OID_DATA = '1.2.840.113549.1.7.1';
const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_CONTENT_TYPE = '1.2.840.113549.1.9.3';
const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const OID_SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';
const OID_SHA256 = '2.16.840.1.101.3.4.2.1';
const OID_SHA256_WITH_RSA = '1.2.840.113549.1.1.11';
const OID_ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';

// Room for the signed attributes (~300 bytes), the SignerInfo and SignedData envelopes (~150) and a
// signature value up to RSA 8192 bits (1,024 bytes), with a margin.
const CMS_OVERHEAD_BYTES = 2048;

/** Upper bound of the DER size of the CMS that `buildCadesSignature` makes for this identity. */
export function cadesSignatureSizeBound(identity: SigningIdentity): number {
  return [identity.certificate, ...identity.chain].reduce((sum, der) => sum + der.length, CMS_OVERHEAD_BYTES);
}

/**
 * ESS signing-certificate-v2 (RFC 5035): binds the signer's certificate to the signature, as
 * PAdES B-B requires. hashAlgorithm is left out because SHA-256 is its DEFAULT (DER omits defaults).
 */
function signingCertificateV2(certificate: pkijs.Certificate, der: Uint8Array): pkijs.Attribute {
  const issuerSerial = new pkijs.IssuerSerial({
    issuer: new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 4, value: certificate.issuer })] }),
    serialNumber: certificate.serialNumber,
  });
  const certHash = new asn1js.OctetString({ valueHex: createHash('sha256').update(der).digest() });
  const essCertIdV2 = new asn1js.Sequence({ value: [certHash, issuerSerial.toSchema()] });
  const signingCertificate = new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
  return new pkijs.Attribute({ type: OID_SIGNING_CERTIFICATE_V2, values: [signingCertificate] });
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}

/**
 * DER requires a SET OF sorted by encoding; verifiers such as OpenSSL re-encode the signed
 * attributes before checking the signature, so an unsorted set would not verify there.
 */
function derSorted(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  return attributes
    .map((attribute) => ({ attribute, der: new Uint8Array(attribute.toSchema().toBER(false)) }))
    .sort((x, y) => compareBytes(x.der, y.der))
    .map((entry) => entry.attribute);
}

function signatureAlgorithm(keyType: SigningIdentity['keyType']): pkijs.AlgorithmIdentifier {
  return keyType === 'RSA'
    ? new pkijs.AlgorithmIdentifier({ algorithmId: OID_SHA256_WITH_RSA, algorithmParams: new asn1js.Null() })
    : new pkijs.AlgorithmIdentifier({ algorithmId: OID_ECDSA_WITH_SHA256 });
}

/**
 * Detached CMS SignedData for a PAdES baseline B-B signature (ETSI EN 319 142-1): signed
 * attributes content-type, message-digest and signing-certificate-v2, and deliberately no
 * signing-time (prohibited there: the claimed time is the /M entry of the signature dictionary).
 * `documentDigest` is the SHA-256 of the bytes covered by the /ByteRange.
 */
export async function buildCadesSignature(
  documentDigest: Uint8Array,
  identity: SigningIdentity,
): Promise<Uint8Array> {
  const certificate = parseCertificate(identity.certificate);
  const signedAttributes = derSorted([
    new pkijs.Attribute({ type: OID_CONTENT_TYPE, values: [new asn1js.ObjectIdentifier({ value: OID_DATA })] }),
    new pkijs.Attribute({
      type: OID_MESSAGE_DIGEST,
      values: [new asn1js.OctetString({ valueHex: documentDigest })],
    }),
    signingCertificateV2(certificate, identity.certificate),
  ]);
  // The signature covers the attributes encoded as a SET (tag 0x31), not as the [0] they are stored under.
  const toBeSigned = new asn1js.Set({ value: signedAttributes.map((a) => a.toSchema()) }).toBER(false);
  const signatureValue = await identity.sign(new Uint8Array(toBeSigned));

  const sha256 = new pkijs.AlgorithmIdentifier({ algorithmId: OID_SHA256 });
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({
      issuer: certificate.issuer,
      serialNumber: certificate.serialNumber,
    }),
    digestAlgorithm: sha256,
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: signedAttributes }),
    signatureAlgorithm: signatureAlgorithm(identity.keyType),
    signature: new asn1js.OctetString({ valueHex: signatureValue }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [sha256],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID_DATA }),
    certificates: [certificate, ...identity.chain.map(parseCertificate)],
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: OID_SIGNED_DATA, content: signedData.toSchema() });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}
