// One module a function, as french-dates.ts says why.
import { addYears } from 'date-fns/addYears';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { validationError } from '../domain/errors';
import type { Outcome } from '../domain/outcome';
import { isDecided } from '../domain/outcome';
import type { IsoDate } from './french-dates';
import { numericDate } from './french-dates';

/** The latest session date taken as meant: a year ahead; anything later is most likely a mistyped year (2099 for 2026). */
export const latestPlausibleSessionDate = (today: IsoDate): IsoDate => format(addYears(parseISO(today), 1), 'yyyy-MM-dd');

/**
 * Refuses a session date more than one year after `today`, as a probable typing slip that would
 * freeze a session in the wrong year, on `field`.
 *
 * @example checkSessionDate('2099-01-01', '2026-12-04') // throws « Date de la séance (01/01/2099) : plus d'un an après aujourd'hui (04/12/2026) ; vérifiez l'année. »
 */
export function checkSessionDate(date: IsoDate, today: IsoDate, field = 'date'): void {
  if (date > latestPlausibleSessionDate(today)) {
    throw validationError(`Date de la séance (${numericDate(date)}) : plus d'un an après aujourd'hui (${numericDate(today)}) ; vérifiez l'année.`, field);
  }
}

/**
 * Refuses a vote result (anything but « Vote à venir ») for a session that has not taken place
 * yet: a vote is recorded once cast.
 *
 * @example checkVoteHeld({ kind: 'unanimity' }, '2026-12-14', '2026-12-04') // throws « Résultat : la séance du 14/12/2026 n'a pas encore eu lieu… »
 */
export function checkVoteHeld(outcome: Outcome, sessionDate: IsoDate, today: IsoDate, field = 'vote'): void {
  if (isDecided(outcome) && sessionDate > today) {
    throw validationError(
      `Résultat : la séance du ${numericDate(sessionDate)} n'a pas encore eu lieu (nous sommes le ${numericDate(today)}) ; un vote s'enregistre une fois émis, l'acte reste « Vote à venir » d'ici là.`,
      field,
    );
  }
}
