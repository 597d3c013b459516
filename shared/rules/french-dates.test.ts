import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../domain/errors';
import {
  compactDate,
  compareIsoDates,
  isIsoDate,
  isoDateOf,
  longDate,
  longInstant,
  numericDate,
  numericInstant,
  screenInstant,
  parseIsoDate,
  printedTime,
} from './french-dates';

// Zones where midnight-based Date code is known to slip a day: far east/west of UTC, a DST change at
// midnight (São Paulo 2018-11-04), and the day Samoa skipped (2011-12-30).
const ZONES = ['UTC', 'Europe/Paris', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Sao_Paulo', 'Pacific/Apia'];
// vi.stubEnv sets process.env.TZ, which Node applies at once; shared/ compiles without Node types.
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('longDate', () => {
  it('writes the séance date as printed', () => {
    expect(longDate('2023-10-16')).toBe('16 octobre 2023');
  });

  it('writes the first of the month "1er" as in the mobilisation deadline', () => {
    // recueil line 3145: « date limite de mobilisation des fonds (1er février 2024) »
    expect(longDate('2024-02-01')).toBe('1er février 2024');
    expect(longDate('2022-02-01')).toBe('1er février 2022');
  });

  it('takes the accented month names from the locale', () => {
    expect(longDate('2023-08-15')).toBe('15 août 2023');
    expect(longDate('2023-12-31')).toBe('31 décembre 2023');
  });

  it('never shifts a day whatever the time zone of the machine', () => {
    for (const zone of ZONES) {
      vi.stubEnv('TZ', zone);
      expect(longDate('2011-12-30'), zone).toBe('30 décembre 2011');
      expect(longDate('2018-11-04'), zone).toBe('4 novembre 2018');
      expect(numericDate('2023-10-20'), zone).toBe('20/10/2023');
      expect(compactDate('2023-10-16'), zone).toBe('20231016');
    }
  });
});

describe('numericDate', () => {
  it('writes the executory and online dates as printed', () => {
    expect(numericDate('2023-10-20')).toBe('20/10/2023');
    expect(numericDate('2024-02-01')).toBe('01/02/2024');
  });
});

describe('compactDate', () => {
  it('writes the date of the @ctes identifier', () => {
    expect(compactDate('2023-10-16')).toBe('20231016');
  });
});

describe('printedTime', () => {
  it('writes the hour of the séance as printed', () => {
    expect(printedTime('11:00')).toBe('11h00');
    expect(printedTime('09:30')).toBe('9h30');
    expect(printedTime('00:05')).toBe('0h05');
  });

  it('refuses an impossible hour with a French message naming it', () => {
    expect(() => printedTime('24:00')).toThrow('Heure « 24:00 » invalide');
    expect(() => printedTime('11h00')).toThrow('Heure « 11h00 » invalide');
    expect(() => printedTime('9:00')).toThrow(AppError);
  });
});

describe('parseIsoDate', () => {
  it('accepts real dates, the 29th of February of leap years included', () => {
    expect(parseIsoDate('2023-10-16')).toBe('2023-10-16');
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2000-02-29')).toBe('2000-02-29');
  });

  it('refuses the 30th of February with a French validation error naming the value', () => {
    let error: unknown;
    try {
      parseIsoDate('2023-02-30', 'session.date');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).type).toBe('validation');
    expect((error as AppError).field).toBe('session.date');
    expect((error as AppError).message).toBe(
      'Date « 2023-02-30 » invalide : ce jour n\'existe pas (février 2023 compte 28 jours).',
    );
  });

  it('refuses the 29th of February of a non-leap year, and 1900', () => {
    expect(() => parseIsoDate('2023-02-29')).toThrow('compte 28 jours');
    expect(() => parseIsoDate('1900-02-29')).toThrow('compte 28 jours');
    expect(() => parseIsoDate('2023-04-31')).toThrow('avril 2023 compte 30 jours');
  });

  it('refuses malformed strings', () => {
    for (const bad of ['16/10/2023', '2023-10-16T00:00:00Z', '2023-1-16', ' 2023-10-16', '', '20231016']) {
      expect(() => parseIsoDate(bad), bad).toThrow(`Date « ${bad} » invalide : format attendu AAAA-MM-JJ`);
    }
    expect(() => parseIsoDate('2023-13-01')).toThrow('le mois doit être compris entre 01 et 12');
    expect(() => parseIsoDate('0023-10-16')).toThrow("l'année doit être comprise entre 1900 et 2999");
  });
});

describe('isIsoDate', () => {
  it('answers without throwing', () => {
    expect(isIsoDate('2023-10-16')).toBe(true);
    expect(isIsoDate('2023-02-30')).toBe(false);
    expect(isIsoDate('hier')).toBe(false);
  });
});

describe('isoDateOf', () => {
  it('gives the calendar date of the local clock', () => {
    for (const zone of ZONES) {
      vi.stubEnv('TZ', zone);
      expect(isoDateOf(new Date(2023, 9, 16, 11, 0)), zone).toBe('2023-10-16');
    }
  });

  it('depends on the zone for a given instant (which proves the zone stubs above take effect)', () => {
    const instant = new Date(Date.UTC(2023, 9, 16, 0, 30));
    vi.stubEnv('TZ', 'Pacific/Kiritimati');
    expect(isoDateOf(instant)).toBe('2023-10-16');
    vi.stubEnv('TZ', 'Pacific/Pago_Pago');
    expect(isoDateOf(instant)).toBe('2023-10-15');
  });
});

describe('compareIsoDates', () => {
  it('orders dates', () => {
    expect(compareIsoDates('2023-10-16', '2023-10-18')).toBeLessThan(0);
    expect(compareIsoDates('2023-10-20', '2023-10-20')).toBe(0);
    expect(['2023-10-20', '2023-10-16', '2023-10-18'].sort(compareIsoDates)).toEqual([
      '2023-10-16',
      '2023-10-18',
      '2023-10-20',
    ]);
  });
});

describe('longInstant', () => {
  it.each(ZONES)('says a journal instant on the département\'s clock, whatever the machine\'s zone (%s)', (zone) => {
    vi.stubEnv('TZ', zone);
    expect(longInstant('2026-12-04T13:02:41.120Z')).toBe('4 décembre 2026 à 14 h 02');
    // Summer time, the first of the month, and midnight in Paris still the day before in UTC.
    expect(longInstant('2026-07-01T07:05:00.000Z')).toBe('1er juillet 2026 à 9 h 05');
    expect(longInstant('2026-06-30T22:30:00.000Z')).toBe('1er juillet 2026 à 0 h 30');
  });
});

describe('numericInstant', () => {
  it.each(ZONES)("writes an instant in figures on the département's clock, whatever the machine's zone (%s)", (zone) => {
    vi.stubEnv('TZ', zone);
    expect(numericInstant('2026-12-04T16:44:09.000Z')).toBe('04/12/2026 à 17:44');
    // Summer time, and midnight in Paris still the day before in UTC.
    expect(numericInstant('2026-06-30T22:05:00.000Z')).toBe('01/07/2026 à 00:05');
  });
});

describe('screenInstant', () => {
  it.each(ZONES)("shows an instant on the département's clock, whatever the browser's zone (%s)", (zone) => {
    vi.stubEnv('TZ', zone);
    expect(screenInstant('2025-03-14T08:15:00Z', 'long')).toBe('14 mars 2025 à 09:15');
    expect(screenInstant('2026-12-04T17:13:20Z', 'short')).toBe('04/12/2026 18:13:20');
    expect(screenInstant(new Date('2026-06-30T22:05:09Z'), 'time')).toBe('00:05:09');
    expect(screenInstant('2026-06-30T22:05:09Z', 'minutes')).toBe('00:05');
  });
});
