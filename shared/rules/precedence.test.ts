import { describe, expect, it } from 'vitest';
import { precedenceFromQuality } from './precedence';

describe('precedenceFromQuality', () => {
  it('reads the président and the vice-présidents in order', () => {
    expect(precedenceFromQuality('Président du Conseil départemental')).toBe(0);
    expect(precedenceFromQuality('Présidente du Conseil départemental')).toBe(0);
    expect(precedenceFromQuality('Premier Vice-président du Conseil départemental')).toBe(1);
    expect(precedenceFromQuality('Première Vice-présidente du Conseil départemental')).toBe(1);
    expect(precedenceFromQuality('Deuxième Vice-président du Conseil départemental')).toBe(2);
    expect(precedenceFromQuality('3e Vice-présidente')).toBe(3);
    expect(precedenceFromQuality('12ème vice-président')).toBe(12);
  });

  it('gives no precedence to other qualities', () => {
    expect(precedenceFromQuality('Conseiller départemental')).toBeNull();
    expect(precedenceFromQuality(null)).toBeNull();
  });
});
