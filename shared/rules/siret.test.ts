import { describe, expect, it } from 'vitest';
import { checkSiret } from './siret';

describe('siret', () => {
  it('accepts the SIRET of the Var, starting with its SIREN', () => {
    expect(checkSiret('22830001800014', '228300018')).toBe('22830001800014');
  });

  it.each([
    ['2283000180001', 'quatorze chiffres attendus'],
    ['22830001800015', 'la clé de contrôle (formule de Luhn) est fausse'],
    ['73282932000074', 'il doit commencer par le SIREN de la collectivité (228300018)'],
  ])('refuses %s, naming the rule', (siret, rule) => {
    expect(() => checkSiret(siret, '228300018')).toThrow(rule);
  });
});
