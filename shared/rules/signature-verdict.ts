/** What the verification of one signature found (see electron/services/signing/verify.ts). */
export interface SignatureFindings {
  /** The signed bytes are unchanged and the CMS signature verifies. */
  intact: boolean;
  /** Nothing was added after the signature. */
  coversWholeDocument: boolean;
  /** What was added after it only adds signatures, timestamps or validation data. */
  signedContentKept: boolean;
}

/**
 * The verdict on a signature, in the words `registre verify` and the « Vérifier » screen print:
 * sound when the signed content is what was signed, even with later signatures, timestamps or
 * validation data; « ALTÉRÉ » otherwise.
 *
 * @example signatureVerdict({ intact: true, coversWholeDocument: false, signedContentKept: true })
 * // { sound: true, text: 'signature valide ; des ajouts postérieurs ne modifient pas le contenu signé' }
 */
export function signatureVerdict(s: SignatureFindings): { sound: boolean; text: string } {
  if (!s.intact) return { sound: false, text: 'ALTÉRÉ depuis la signature' };
  if (s.coversWholeDocument) return { sound: true, text: 'intact' };
  if (s.signedContentKept) return { sound: true, text: 'signature valide ; des ajouts postérieurs ne modifient pas le contenu signé' };
  return { sound: false, text: 'ALTÉRÉ : des modifications postérieures à la signature changent les pages ou le contenu signés' };
}
