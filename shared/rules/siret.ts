import { validationError } from '../domain/errors';
import { hasLuhnKey } from './luhn';

/**
 * Checks the SIRET of a collectivity's seat: fourteen digits, a right Luhn key, starting with its
 * SIREN; throws a French validation error on `field` naming the rule, or returns the SIRET.
 *
 * @example checkSiret('22830001800014', '228300018') // '22830001800014' (Département du Var)
 */
export function checkSiret(siret: string, siren: string, field = 'siret'): string {
  if (!/^[0-9]{14}$/.test(siret)) throw validationError(`SIRET « ${siret} » invalide : quatorze chiffres attendus.`, field);
  if (!hasLuhnKey(siret)) throw validationError(`SIRET « ${siret} » invalide : la clé de contrôle (formule de Luhn) est fausse ; vérifiez la saisie.`, field);
  if (!siret.startsWith(siren)) throw validationError(`SIRET « ${siret} » : il doit commencer par le SIREN de la collectivité (${siren}).`, field);
  return siret;
}
