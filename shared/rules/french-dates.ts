// Each function from its own module: the package's index loads its 300 modules, half a second under
// tsx for every process (the CLI, a test file) that reads a date.
import { format } from 'date-fns/format';
import { fr } from 'date-fns/locale/fr';
import type { Month } from 'date-fns';
import { validationError } from '../domain/errors';

/**
 * A calendar date as the domain keeps it: "YYYY-MM-DD", no time, no time zone.
 *
 * Dates are formatted from their three numbers, never through a `Date` at midnight: a `Date` is an
 * instant, and reading it back in another time zone (or across a DST change at midnight, or the
 * day Samoa skipped) can move it by a day. Only the month names come from date-fns' `fr` locale.
 */
export type IsoDate = string;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const monthName = (month: number): string => fr.localize.month((month - 1) as Month, { width: 'wide' });

function parts(value: string, field?: string): DateParts {
  const match = ISO_DATE.exec(value);
  if (match === null) {
    throw validationError(
      `Date « ${value} » invalide : format attendu AAAA-MM-JJ, par exemple 2023-10-16.`,
      field,
    );
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw validationError(
      `Date « ${value} » invalide : l'année doit être comprise entre ${MIN_YEAR} et ${MAX_YEAR}.`,
      field,
    );
  }
  if (month < 1 || month > 12) {
    throw validationError(`Date « ${value} » invalide : le mois doit être compris entre 01 et 12.`, field);
  }
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    throw validationError(
      `Date « ${value} » invalide : ce jour n'existe pas (${monthName(month)} ${year} compte ${last} jours).`,
      field,
    );
  }
  return { year, month, day };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Checks an ISO calendar date and returns it; throws a French validation error naming the value.
 * `field` is passed to the error (e.g. "session.date").
 *
 * @example parseIsoDate('2023-10-16') // '2023-10-16'; parseIsoDate('2023-02-30') throws
 */
export function parseIsoDate(value: string, field?: string): IsoDate {
  parts(value, field);
  return value;
}

/**
 * True when `value` is a real calendar date written YYYY-MM-DD (years 1900–2999).
 *
 * @example isIsoDate('2024-02-29') // true; isIsoDate('2023-02-29') // false
 */
export function isIsoDate(value: string): value is IsoDate {
  try {
    parts(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The long date of sentences and headings; the first of the month is "1er".
 *
 * @example longDate('2023-10-16') // '16 octobre 2023'; longDate('2024-02-01') // '1er février 2024'
 */
export function longDate(date: IsoDate): string {
  const { year, month, day } = parts(date);
  const dayText = day === 1 ? fr.localize.ordinalNumber(1, { unit: 'date' }) : String(day);
  return `${dayText} ${monthName(month)} ${year}`;
}

/**
 * The numeric date of stamps and certifications (JJ/MM/AAAA).
 *
 * @example numericDate('2023-10-20') // '20/10/2023'
 */
export function numericDate(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/**
 * The date inside an @ctes identifier and file names (AAAAMMJJ).
 *
 * @example compactDate('2023-10-16') // '20231016'
 */
export function compactDate(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${year}${pad2(month)}${pad2(day)}`;
}

/**
 * Whether `time` is an hour of the day as "HH:MM" (24 h, 00:00 to 23:59): the one rule of the
 * session file, the session form and the contract; `24:00` or `29:59` would make every extract fail.
 *
 * @example isSessionTime('09:30') // true; isSessionTime('24:00') // false
 */
export function isSessionTime(time: string): boolean {
  const match = TIME.exec(time);
  return match !== null && Number(match[1]) <= 23 && Number(match[2]) <= 59;
}

/**
 * The hour of a séance as printed ("s'est tenue à 11h00"): hours unpadded, minutes on two digits.
 * Input is "HH:MM" (24 h).
 *
 * @example printedTime('11:00') // '11h00'; printedTime('09:30') // '9h30'
 */
export function printedTime(time: string, field?: string): string {
  const match = TIME.exec(time);
  const [hours, minutes] = [Number(match?.[1]), Number(match?.[2])];
  if (match === null || !isSessionTime(time)) {
    throw validationError(`Heure « ${time} » invalide : format attendu HH:MM, par exemple 11:00.`, field);
  }
  return `${hours}h${pad2(minutes)}`;
}

/**
 * The calendar date of an instant on this machine's clock (local time zone), for "today" from the
 * injected clock. The only function here that depends on the time zone, on purpose.
 *
 * @example isoDateOf(new Date(2023, 9, 16, 11)) // '2023-10-16'
 */
export function isoDateOf(instant: Date): IsoDate {
  return format(instant, 'yyyy-MM-dd');
}

/**
 * Orders two ISO dates (negative, zero, positive), like a comparator for `sort`.
 * Valid ISO dates order as strings; both are checked first.
 *
 * @example compareIsoDates('2023-10-16', '2023-10-18') // < 0
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  parts(a);
  parts(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Acts are dated in the assembly's legal time, whatever the clock of the machine says. */
export const LEGAL_TIME_ZONE = 'Europe/Paris';

/** The calendar day (ISO) and the time of `date` on the clock of `timeZone` (hours 00–23, two digits). */
export function clockIn(date: Date, timeZone: string = LEGAL_TIME_ZONE): { day: IsoDate; hour: string; minute: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: `${get('year')}-${get('month')}-${get('day')}`, hour: get('hour'), minute: get('minute') };
}

/**
 * An instant of the register (the journal's UTC "…Z" timestamps) as a sentence says it, on the
 * département's clock (Europe/Paris, whatever the machine's zone): « 4 décembre 2026 à 14 h 02 ».
 *
 * @example longInstant('2026-12-04T13:02:41.120Z') // '4 décembre 2026 à 14 h 02'
 */
export function longInstant(at: string): string {
  const clock = clockIn(new Date(at));
  return `${longDate(clock.day)} à ${Number(clock.hour)} h ${clock.minute}`;
}

/**
 * An instant of the register written in figures, as the screens write it, on the département's
 * clock (Europe/Paris, whatever the machine's zone): « 04/12/2026 à 17:44 ».
 *
 * @example numericInstant('2026-12-04T16:44:09.000Z') // '04/12/2026 à 17:44'
 */
export function numericInstant(at: string): string {
  const clock = clockIn(new Date(at));
  return `${numericDate(clock.day)} à ${clock.hour}:${clock.minute}`;
}

// The screens' formats of an instant, built once (an Intl format is costly to build, cheap to use).
const ON_SCREEN = {
  long: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: LEGAL_TIME_ZONE }),
  short: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium', timeZone: LEGAL_TIME_ZONE }),
  time: new Intl.DateTimeFormat('fr-FR', { timeStyle: 'medium', timeZone: LEGAL_TIME_ZONE }),
  minutes: new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: LEGAL_TIME_ZONE }),
};

/**
 * An instant as the screens show it, on the département's clock whatever the zone of the browser
 * or the machine (a browser left in UTC showed « Enregistré à 17:13:20 » beside a journal saying
 * 18:13:20): `long` « 14 mars 2025 à 09:15 », `short` « 04/12/2026 18:13:20 », `time` « 18:13:20 »,
 * `minutes` « 18:13 ».
 *
 * @example screenInstant('2026-12-04T17:13:20Z', 'time') // '18:13:20'
 */
export function screenInstant(at: string | Date, style: keyof typeof ON_SCREEN): string {
  return ON_SCREEN[style].format(typeof at === 'string' ? new Date(at) : at);
}
