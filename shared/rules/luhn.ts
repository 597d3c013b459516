/**
 * Whether a string of digits ends with a right Luhn key (SIREN, SIRET): from the right, every
 * second digit is doubled (minus 9 above 9) and the sum is a multiple of 10.
 *
 * @example hasLuhnKey('22830001800014') // true; hasLuhnKey('22830001800015') // false
 */
export function hasLuhnKey(digits: string): boolean {
  if (!/^[0-9]+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
