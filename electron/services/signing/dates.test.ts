import { describe, expect, it } from 'vitest';
import { formatFrenchDate, formatFrenchDateTime, formatPdfDate, parsePdfDate } from './dates';

describe('signature dates', () => {
  it('prints the Paris time of the signature, summer and winter', () => {
    expect(formatFrenchDateTime(new Date('2025-03-14T08:15:00Z'))).toBe('14/03/2025 à 09h15');
    expect(formatFrenchDateTime(new Date('2025-07-01T22:05:00Z'))).toBe('02/07/2025 à 00h05');
    expect(formatFrenchDate(new Date('2020-12-31T23:30:00Z'))).toBe('01/01/2021');
  });

  it('prints in another time zone when asked (overseas départements)', () => {
    expect(formatFrenchDateTime(new Date('2025-03-14T08:15:00Z'), 'America/Guadeloupe')).toBe('14/03/2025 à 04h15');
  });

  it('writes /M in UTC and reads it back', () => {
    const instant = new Date('2025-03-14T08:15:07Z');
    expect(formatPdfDate(instant)).toBe('D:20250314081507Z');
    expect(parsePdfDate(formatPdfDate(instant))).toEqual(instant);
  });

  it("reads the offsets other tools write (+01'00', -05'00) and partial dates", () => {
    expect(parsePdfDate("D:20250314091500+01'00'")).toEqual(new Date('2025-03-14T08:15:00Z'));
    expect(parsePdfDate("D:20250314031500-05'00")).toEqual(new Date('2025-03-14T08:15:00Z'));
    expect(parsePdfDate('D:2025')).toEqual(new Date('2025-01-01T00:00:00Z'));
    expect(parsePdfDate('14/03/2025')).toBeNull();
  });
});
