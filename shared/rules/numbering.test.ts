import { describe, expect, it } from 'vitest';
import { checkNumberFree, formatActNumber, nextActNumber, parseActNumber } from './numbering';

describe('act numbers', () => {
  it('reads and writes a series letter and an integer', () => {
    expect(parseActNumber('G25')).toEqual({ series: 'G', value: 25 });
    expect(formatActNumber({ series: 'A', value: 5 })).toBe('A5');
  });

  it('refuses malformed numbers and the wrong series', () => {
    expect(() => parseActNumber('G0')).toThrow(/une lettre de série suivie d'un entier/);
    expect(() => parseActNumber('25')).toThrow(/G25/);
    expect(() => parseActNumber('A5', 'G')).toThrow(/de la série G/);
  });

  it('gives the number after the highest ever used, gaps allowed', () => {
    expect(nextActNumber([1, 2, 3, 4, 6, 7, 8, 11, 12, 20, 22, 23, 24, 25, 26, 28])).toBe(29);
    expect(nextActNumber([])).toBe(1);
  });

  it('never gives a number twice', () => {
    expect(() => checkNumberFree(5, 'G', [1, 5])).toThrow(/G5 : ce numéro a déjà été attribué/);
    expect(() => checkNumberFree(5, 'G', [1, 6])).not.toThrow();
  });
});
