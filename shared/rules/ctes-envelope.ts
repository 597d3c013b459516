import { validationError } from '../domain/errors';

/*
 * The @ctes envelope (actes:EnveloppeCLMISILL) names its sender as the préfecture knows it: SIREN,
 * département, arrondissement (one digit) and the collectivité's @ctes nature (two digits), with
 * an optional référent, and the e-mail addresses the préfecture answers to. The checks are those
 * of the official schema (actesv1_1.xsd), so that an envelope the app writes always validates.
 */

/** What Paramètres hold for the @ctes envelope; null: not set. */
export interface CtesTransmissionSettings {
  /** "1": the arrondissement of the collectivité (one digit). */
  arrondissement: string | null;
  /** "03": the collectivité's @ctes nature code (two digits, given by the préfecture). */
  collectivityNature: string | null;
  referentName: string | null;
  referentTelephone: string | null;
  /** Also the return address (AdressesRetour) of the préfecture's answers. */
  referentEmail: string | null;
}

/** The e-mail pattern of actesv1_1.xsd (actes:Email), anchored as XSD patterns are. */
export const ACTES_EMAIL = /^[_a-zA-Z0-9-]+(\.[_a-zA-Z0-9-]+)*@[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*\.[a-zA-Z]{2,6}$/;

/**
 * Checks the @ctes envelope settings as the schema does; throws a French validation error naming
 * the field as Paramètres label it.
 *
 * @example checkCtesTransmission({ arrondissement: '1', collectivityNature: '03', referentName: null, referentTelephone: null, referentEmail: 'actes@var.fr' })
 */
export function checkCtesTransmission(s: CtesTransmissionSettings): void {
  if (s.arrondissement !== null && !/^[0-9]$/.test(s.arrondissement)) {
    throw validationError(`Arrondissement « ${s.arrondissement} » invalide : un chiffre, par exemple 1 (arrondissement du chef-lieu).`, 'arrondissement');
  }
  if (s.collectivityNature !== null && !/^[0-9]{2}$/.test(s.collectivityNature)) {
    throw validationError(
      `Nature @ctes de la collectivité « ${s.collectivityNature} » invalide : deux chiffres, tels que la préfecture les a communiqués.`,
      'collectivityNature',
    );
  }
  if (s.referentName !== null && s.referentName.length > 100) throw validationError('Nom du référent : 100 caractères au plus.', 'referentName');
  if (s.referentTelephone !== null && !/^\+?[0-9][0-9 .-]{5,19}$/.test(s.referentTelephone)) {
    throw validationError(`Téléphone du référent « ${s.referentTelephone} » invalide : chiffres, espaces, points ou tirets, par exemple 04 83 95 00 00.`, 'referentTelephone');
  }
  if (s.referentEmail !== null && !ACTES_EMAIL.test(s.referentEmail)) {
    throw validationError(`Courriel du référent « ${s.referentEmail} » invalide : adresse attendue, par exemple actes@var.fr.`, 'referentEmail');
  }
}

/**
 * The name of the envelope of a transmission: `EACT--<SIREN>--<AAAAMMJJ>-<n>.xml`, n counting
 * the envelopes of the day from 1.
 *
 * @example envelopeName('228300018', '2023-10-21', 1) // 'EACT--228300018--20231021-1.xml'
 */
export function envelopeName(siren: string, date: string, n: number): string {
  if (!/^[0-9]{9}$/.test(siren)) throw validationError(`SIREN « ${siren} » invalide : neuf chiffres attendus.`, 'siren');
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(date)) throw validationError(`Date « ${date} » invalide : AAAA-MM-JJ attendu.`, 'date');
  if (!Number.isSafeInteger(n) || n < 1) throw validationError(`Numéro d'envoi ${n} invalide : entier à partir de 1.`, 'n');
  return `EACT--${siren}--${date.replaceAll('-', '')}-${n}.xml`;
}
