import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors';
import { amountInWords, numberInWords } from './amount-in-words';

describe('amountInWords', () => {
  // Copied verbatim from /work/shared/reference/recueil-2023-59.txt (the published text is the truth).
  it('writes the guaranteed principal of G25 as published', () => {
    // line 3550: « 1 894 056,50 € (un million huit cent quatre-vingt-quatorze mille cinquante-six euros et cinquante centimes) »
    expect(amountInWords(189405650)).toBe(
      'un million huit cent quatre-vingt-quatorze mille cinquante-six euros et cinquante centimes',
    );
  });

  it('writes the guaranteed principal of G22 as published', () => {
    // line 2965: « 433 486,50 € (quatre cent trente-trois mille quatre cent quatre-vingt-six euros et cinquante centimes) »
    expect(amountInWords(43348650)).toBe(
      'quatre cent trente-trois mille quatre cent quatre-vingt-six euros et cinquante centimes',
    );
  });

  it('writes the guaranteed principal of G23 as published, without centimes', () => {
    // line 3159: « 284 817 € (deux cent quatre-vingt-quatre mille huit cent dix-sept euros) »
    expect(amountInWords(28481700)).toBe('deux cent quatre-vingt-quatre mille huit cent dix-sept euros');
  });

  it('writes the guaranteed principal of G24 as published', () => {
    // line 3355: « 308 970,50 € (trois cent huit mille neuf cent soixante-dix euros et cinquante centimes) »
    expect(amountInWords(30897050)).toBe(
      'trois cent huit mille neuf cent soixante-dix euros et cinquante centimes',
    );
  });

  it('follows the traditional spelling: "et" unhyphenated, cents and vingts plural only at the end', () => {
    expect(amountInWords(2100)).toBe('vingt et un euros');
    expect(amountInWords(7100)).toBe('soixante et onze euros');
    expect(amountInWords(8100)).toBe('quatre-vingt-un euros');
    expect(amountInWords(8000)).toBe('quatre-vingts euros');
    expect(amountInWords(8000000)).toBe('quatre-vingt mille euros');
    expect(amountInWords(20000)).toBe('deux cents euros');
    expect(amountInWords(20000000)).toBe('deux cent mille euros');
    expect(amountInWords(20100)).toBe('deux cent un euros');
    expect(amountInWords(100000)).toBe('mille euros');
    expect(amountInWords(200000)).toBe('deux mille euros');
    expect(amountInWords(8000000000)).toBe('quatre-vingts millions d\'euros');
  });

  it('writes the singular for one euro and one centime', () => {
    expect(amountInWords(100)).toBe('un euro');
    expect(amountInWords(101)).toBe('un euro et un centime');
    expect(amountInWords(1)).toBe('un centime');
    expect(amountInWords(50)).toBe('cinquante centimes');
    expect(amountInWords(0)).toBe('zéro euro');
  });

  it('writes "d\'euros" after a round million or milliard only', () => {
    expect(amountInWords(100000000)).toBe("un million d'euros");
    expect(amountInWords(300000000)).toBe("trois millions d'euros");
    expect(amountInWords(100000000050)).toBe("un milliard d'euros et cinquante centimes");
    expect(amountInWords(150000000)).toBe('un million cinq cent mille euros');
    expect(amountInWords(378811300)).toBe(
      'trois millions sept cent quatre-vingt-huit mille cent treize euros',
    );
  });

  it('refuses negative or fractional cents', () => {
    expect(() => amountInWords(-100)).toThrow(AppError);
    expect(() => amountInWords(12.5)).toThrow('un nombre entier positif de centimes');
  });
});

describe('numberInWords', () => {
  it('writes counts in words', () => {
    expect(numberInWords(2)).toBe('deux');
    expect(numberInWords(35)).toBe('trente-cinq');
    expect(numberInWords(80)).toBe('quatre-vingts');
    expect(() => numberInWords(-1)).toThrow('un entier positif est attendu');
  });
});
