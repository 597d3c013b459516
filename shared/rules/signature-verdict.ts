/**
 * Who vouches for the signer's certificate: an authority Registre recognises, an issuer it does
 * not know (pdfsig: « Certificate issuer is unknown »), or nobody (the certificate signs itself).
 */
export type SignerIssuer = 'recognised' | 'unrecognised' | 'self-signed';

/** What the verification of one signature found (see electron/services/signing/verify.ts). */
export interface SignatureFindings {
  /** The signed bytes are unchanged and the CMS signature verifies. */
  intact: boolean;
  /** Nothing was added after the signature. */
  coversWholeDocument: boolean;
  /** What was added after it only adds signatures, timestamps or validation data. */
  signedContentKept: boolean;
  signerIssuer: SignerIssuer;
}

/** The reserve added to a sound verdict when no recognised authority vouches for the signer. */
const IDENTITY_RESERVE: Record<Exclude<SignerIssuer, 'recognised'>, string> = {
  'self-signed': "certificat auto-signé : l'identité du signataire n'est garantie par aucune autorité de certification",
  unrecognised:
    "certificat émis par une autorité que Registre ne reconnaît pas : l'identité du signataire n'est garantie par aucune autorité de certification reconnue",
};

/**
 * The verdict on a signature, in the words `registre verify` and the « Vérifier » screen print:
 * sound when the signed content is what was signed, even with later signatures, timestamps or
 * validation data; « ALTÉRÉ » otherwise. Integrity says nothing of who signed: a sound verdict adds
 * a reserve, and `recognised` is false, when no recognised certification authority issued the certificate.
 *
 * @example signatureVerdict({ intact: true, coversWholeDocument: true, signedContentKept: true, signerIssuer: 'self-signed' })
 * // { sound: true, recognised: false, text: "intact ; certificat auto-signé : l'identité du signataire n'est garantie par aucune autorité de certification" }
 */
export function signatureVerdict(s: SignatureFindings): { sound: boolean; recognised: boolean; text: string } {
  const recognised = s.signerIssuer === 'recognised';
  const sound = (text: string) => ({ sound: true, recognised, text: recognised ? text : `${text} ; ${IDENTITY_RESERVE[s.signerIssuer as Exclude<SignerIssuer, 'recognised'>]}` });
  if (!s.intact) return { sound: false, recognised, text: 'ALTÉRÉ depuis la signature' };
  if (s.coversWholeDocument) return sound('intact');
  if (s.signedContentKept) return sound('signature valide ; des ajouts postérieurs ne modifient pas le contenu signé');
  return { sound: false, recognised, text: 'ALTÉRÉ : des modifications postérieures à la signature changent les pages ou le contenu signés' };
}
