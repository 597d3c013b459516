import { describe, expect, it } from 'vitest';
import { hasLuhnKey } from './luhn';

describe('hasLuhnKey', () => {
  it('accepts the SIRET and SIREN of the Département du Var, refuses a changed digit or a non-digit', () => {
    expect(hasLuhnKey('22830001800014')).toBe(true);
    expect(hasLuhnKey('228300018')).toBe(true);
    expect(hasLuhnKey('22830001800015')).toBe(false);
    expect(hasLuhnKey('2283000180001A')).toBe(false);
    expect(hasLuhnKey('')).toBe(false);
  });
});
