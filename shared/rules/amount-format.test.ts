import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors';
import { NBSP, formatEuros, formatInteger, parseEuros } from './amount-format';

/** The published PDF's extracted text has plain spaces where we emit U+00A0. */
const plain = (s: string): string => s.replaceAll(NBSP, ' ');

describe('formatEuros', () => {
  it('writes the guaranteed principal of G25 as published', () => {
    // recueil line 3550: « somme en principal de 1 894 056,50 € »
    expect(plain(formatEuros(189405650))).toBe('1 894 056,50 €');
  });

  it('writes every guaranteed principal and loan of G22–G25 as published', () => {
    const published: [number, string][] = [
      [43348650, '433 486,50 €'],
      [28481700, '284 817 €'],
      [30897050, '308 970,50 €'],
      [86697300, '866 973 €'],
      [56963400, '569 634 €'],
      [61794100, '617 941 €'],
      [378811300, '3 788 113 €'],
    ];
    for (const [cents, text] of published) expect(plain(formatEuros(cents))).toBe(text);
  });

  it('writes ",00" when asked, as in the annex tables of G2', () => {
    // recueil line 182: « 8 423,00 € »
    expect(plain(formatEuros(842300, { decimals: 'always' }))).toBe('8 423,00 €');
    expect(plain(formatEuros(378811300, { decimals: 'always' }))).toBe('3 788 113,00 €');
    expect(plain(formatEuros(5, { decimals: 'always' }))).toBe('0,05 €');
  });

  it('keeps the cents that are not zero even when decimals are only when needed', () => {
    expect(plain(formatEuros(1005))).toBe('10,05 €');
    expect(plain(formatEuros(0))).toBe('0 €');
    expect(plain(formatEuros(-123456))).toBe('-1 234,56 €');
  });

  it('uses non-breaking spaces U+00A0, never U+202F', () => {
    const text = formatEuros(189405650);
    expect(text).toBe('1\u00A0894\u00A0056,50\u00A0€');
    expect(text).not.toContain('\u202F');
  });

  it('refuses amounts that are not integers of cents', () => {
    expect(() => formatEuros(1894056.5)).toThrow(AppError);
    expect(() => formatEuros(Number.NaN)).toThrow('un montant est un nombre entier de centimes');
  });
});

describe('formatInteger', () => {
  it('groups counts and figures by thousands', () => {
    expect(plain(formatInteger(176295))).toBe('176 295');
    expect(plain(formatInteger(999))).toBe('999');
    expect(plain(formatInteger(1000))).toBe('1 000');
  });
});

describe('parseEuros', () => {
  it('reads amounts typed the French way into cents', () => {
    expect(parseEuros('1 894 056,50 €')).toBe(189405650);
    expect(parseEuros(`1${NBSP}894${NBSP}056,50${NBSP}€`)).toBe(189405650);
    expect(parseEuros('284817')).toBe(28481700);
    expect(parseEuros('308 970,5')).toBe(30897050);
    expect(parseEuros('-12,30')).toBe(-1230);
  });

  it('reads back what formatEuros writes', () => {
    for (const cents of [0, 5, 100, 43348650, 378811300, 189405650]) {
      expect(parseEuros(formatEuros(cents))).toBe(cents);
      expect(parseEuros(formatEuros(cents, { decimals: 'always' }))).toBe(cents);
    }
  });

  it('refuses a point, three decimals or misplaced groups with a French message', () => {
    for (const bad of ['1894056.50', '12,345', '12 34', 'mille', '']) {
      expect(() => parseEuros(bad), bad).toThrow(`Montant « ${bad} » invalide`);
    }
  });
});
