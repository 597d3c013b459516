import { validationError } from '../domain/errors';

/**
 * Checks the SIRET of a collectivity's seat: fourteen digits, a right Luhn key, starting with its
 * SIREN; throws a French validation error on `field` naming the rule, or returns the SIRET.
 *
 * @example checkSiret('22830001800014', '228300018') // '22830001800014' (Département du Var)
 */
export function checkSiret(siret: string, siren: string, field = 'siret'): string {
  if (!/^[0-9]{14}$/.test(siret)) throw validationError(`SIRET « ${siret} » invalide : quatorze chiffres attendus.`, field);
  if (!luhn(siret)) throw validationError(`SIRET « ${siret} » invalide : la clé de contrôle (formule de Luhn) est fausse ; vérifiez la saisie.`, field);
  if (!siret.startsWith(siren)) throw validationError(`SIRET « ${siret} » : il doit commencer par le SIREN de la collectivité (${siren}).`, field);
  return siret;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // From the right, every second digit is doubled.
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
