import { toCardinal, toCurrency } from 'n2words/fr-FR';
import { validationError } from '../domain/errors';

/*
 * Words come from n2words (fr-FR), whose default output is the traditional spelling the acts use:
 * hyphens only between tens and units below one hundred ("quatre cent trente-trois mille"), not the
 * 1990 all-hyphens spelling; "et" without hyphens ("vingt et un"); "cents" and "quatre-vingts"
 * plural only at the end of a number and not before "mille" ("quatre-vingt mille"); "mille" invariable;
 * "un euro", "euros" alone when there are no centimes, "et … centimes" otherwise.
 *
 * One correction: n2words writes "un million euros". French requires "d'euros" after a number
 * ending in million(s) or milliard(s) (they are nouns): "un million d'euros",
 * "deux milliards d'euros", but "un million cinq cent mille euros".
 */
const NOUN_THEN_EUROS = /\b(millions?|milliards?) euros\b/;

function checkCents(cents: number, field?: string): void {
  if (!Number.isSafeInteger(cents) || cents < 0) {
    throw validationError(
      `Montant ${String(cents)} invalide : un montant en lettres est un nombre entier positif de centimes.`,
      field,
    );
  }
}

/**
 * An amount in French words, from cents, as written in brackets after the figures in the acts and
 * conventions ("somme en principal de 1 894 056,50 € (…)").
 *
 * @example amountInWords(189405650)
 * // 'un million huit cent quatre-vingt-quatorze mille cinquante-six euros et cinquante centimes'
 * @example amountInWords(28481700) // 'deux cent quatre-vingt-quatre mille huit cent dix-sept euros'
 */
export function amountInWords(cents: number, field?: string): string {
  checkCents(cents, field);
  const euros = Math.trunc(cents / 100);
  const centimes = cents % 100;
  // A decimal string, never a float: n2words splits it on the point.
  const words = toCurrency(`${euros}.${String(centimes).padStart(2, '0')}`);
  return words.replace(NOUN_THEN_EUROS, "$1 d'euros");
}

/**
 * A whole number in French words (same spelling rules), e.g. for "Fait en deux exemplaires".
 *
 * @example numberInWords(35) // 'trente-cinq'; numberInWords(80) // 'quatre-vingts'
 */
export function numberInWords(value: number, field?: string): string {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw validationError(`Nombre ${String(value)} invalide : un entier positif est attendu.`, field);
  }
  return toCardinal(value);
}
