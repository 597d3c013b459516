import { validationError } from '../domain/errors';

/**
 * Amounts are integers of cents (centimes d'euro): no floating-point money anywhere.
 *
 * The thousands separator and the space before « € » are U+00A0 (espace insécable), not U+202F
 * (espace fine insécable) that French typography prefers and CLDR's `fr` now emits: many fonts of
 * the PDF and DOCX chain (and Word's default fonts on older Windows) lack U+202F and print a box.
 * Grouping is written by hand rather than with `Intl.NumberFormat('fr-FR')` for the same reason:
 * its separator changed between ICU versions, which would break golden tests on an Electron upgrade.
 * Text extracted from the published PDF shows plain spaces: compare after normalising spaces.
 */
export const NBSP = '\u00A0';

/** `always`: "3 788 113,00 €" (tables); `when-needed`: "3 788 113 €" (sentences of the acts). */
export type DecimalsMode = 'always' | 'when-needed';

function checkCents(cents: number, field?: string): void {
  if (!Number.isSafeInteger(cents)) {
    throw validationError(
      `Montant ${String(cents)} invalide : un montant est un nombre entier de centimes.`,
      field,
    );
  }
}

const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);

/**
 * Groups the digits of an integer by thousands with non-breaking spaces.
 *
 * @example formatInteger(866973) // '866 973' (U+00A0 between groups)
 */
export function formatInteger(value: number): string {
  if (!Number.isSafeInteger(value)) {
    throw validationError(`Nombre ${String(value)} invalide : un entier est attendu.`);
  }
  return (value < 0 ? '-' : '') + group(String(Math.abs(value)));
}

/**
 * An amount in euros as printed in the acts, from cents. Decimals default to `when-needed`
 * (the sentences of the acts); pass `always` for tables (",00").
 *
 * @example formatEuros(189405650) // '1 894 056,50 €'
 * @example formatEuros(378811300) // '3 788 113 €'; with { decimals: 'always' } '3 788 113,00 €'
 */
export function formatEuros(cents: number, options: { decimals?: DecimalsMode } = {}): string {
  checkCents(cents);
  const decimals = options.decimals ?? 'when-needed';
  const abs = Math.abs(cents);
  const euros = Math.trunc(abs / 100);
  const centimes = abs % 100;
  const sign = cents < 0 ? '-' : '';
  const fraction =
    decimals === 'always' || centimes !== 0 ? `,${String(centimes).padStart(2, '0')}` : '';
  return `${sign}${group(String(euros))}${fraction}${NBSP}€`;
}

const AMOUNT = /^(-)?(\d{1,3}(?:[ \u00A0\u202F]?\d{3})*)(?:,(\d{1,2}))?(?:[ \u00A0\u202F]?€)?$/;

/**
 * Reads an amount typed the French way (spaces of any kind or none, comma, optional €) into cents.
 *
 * @example parseEuros('1 894 056,50 €') // 189405650; parseEuros('284817') // 28481700
 */
export function parseEuros(text: string, field?: string): number {
  const match = AMOUNT.exec(text.trim());
  if (match === null) {
    throw validationError(
      `Montant « ${text} » invalide : attendu des euros avec au plus deux décimales après la virgule, ` +
        'par exemple 1 894 056,50.',
      field,
    );
  }
  const euros = (match[2] ?? '').replace(/[ \u00A0\u202F]/g, '');
  const centimes = (match[3] ?? '').padEnd(2, '0');
  const cents = Number(euros) * 100 + Number(centimes);
  if (!Number.isSafeInteger(cents)) {
    throw validationError(`Montant « ${text} » invalide : montant trop grand.`, field);
  }
  return match[1] === '-' && cents !== 0 ? -cents : cents;
}
