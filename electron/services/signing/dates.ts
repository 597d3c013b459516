import { numericDate } from '../../../shared/rules/french-dates';

/** Acts are dated in the assembly's legal time, whatever the clock of the machine says. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function partsIn(date: Date, timeZone: string): Record<'day' | 'month' | 'year' | 'hour' | 'minute', string> {
  const parts = new Intl.DateTimeFormat('fr-FR', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: get('day'), month: get('month'), year: get('year'), hour: get('hour'), minute: get('minute') };
}

/** French calendar date, e.g. `formatFrenchDate(new Date('2025-03-14T08:15:00Z'))` → "14/03/2025". */
export function formatFrenchDate(date: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const p = partsIn(date, timeZone);
  return numericDate(`${p.year}-${p.month}-${p.day}`);
}

/** French date and time as printed on acts, e.g. "14/03/2025 à 09h15" (Paris time). */
export function formatFrenchDateTime(date: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const p = partsIn(date, timeZone);
  return `${formatFrenchDate(date, timeZone)} à ${p.hour}h${p.minute}`;
}

/**
 * PDF date string (ISO 32000 §7.9.4) in UTC, e.g. "D:20250314081500Z".
 * UTC keeps the signature dictionary identical whatever the time zone of the machine.
 */
export function formatPdfDate(date: Date): string {
  return (
    `D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

const PDF_DATE = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz])|([+-])(\d{2})'?(\d{2})?'?)?/;

/** Reads a PDF date string ("D:20250314091500+01'00'", "D:20250314081500Z", "D:2025") or returns null. */
export function parsePdfDate(text: string): Date | null {
  const m = PDF_DATE.exec(text.trim());
  if (!m) return null;
  const num = (s: string | undefined, fallback: number) => (s === undefined ? fallback : Number(s));
  const utc = Date.UTC(
    num(m[1], 0),
    num(m[2], 1) - 1,
    num(m[3], 1),
    num(m[4], 0),
    num(m[5], 0),
    num(m[6], 0),
  );
  // Without an offset the date is local to the signer, who is unknown: reading it as UTC is the least wrong.
  const sign = m[8] === '-' ? -1 : 1;
  const offsetMinutes = m[8] === undefined ? 0 : sign * (num(m[9], 0) * 60 + num(m[10], 0));
  const result = new Date(utc - offsetMinutes * 60_000);
  return Number.isNaN(result.getTime()) ? null : result;
}
