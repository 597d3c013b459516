import { clockIn, LEGAL_TIME_ZONE, numericDate } from '../../../shared/rules/french-dates';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** French calendar date, e.g. `formatFrenchDate(new Date('2025-03-14T08:15:00Z'))` → "14/03/2025". */
export function formatFrenchDate(date: Date, timeZone = LEGAL_TIME_ZONE): string {
  return numericDate(clockIn(date, timeZone).day);
}

/** French date and time as printed on acts, e.g. "14/03/2025 à 09h15" (Paris time). */
export function formatFrenchDateTime(date: Date, timeZone = LEGAL_TIME_ZONE): string {
  const clock = clockIn(date, timeZone);
  return `${numericDate(clock.day)} à ${clock.hour}h${clock.minute}`;
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
