import { describe, expect, it } from 'vitest';
import { actMatcher } from './act-search';

const G25 = { number: 'G25', date: '2023-10-16', object: "Garantie d'emprunt à l'Office public de l'habitat - Éducation" };

describe('actMatcher', () => {
  it('finds an act by its number, whatever the case', () => {
    expect(actMatcher('g25')(G25)).toBe(true);
    expect(actMatcher('G2')(G25)).toBe(false);
    // An objet citing another act is not found by that act's number.
    expect(actMatcher('G8')({ ...G25, object: 'Modification de la délibération G8' })).toBe(false);
  });

  it('finds an act by its session date, whole or partial, in French or ISO form', () => {
    for (const q of ['16/10/2023', '2023-10-16', '10/2023', '2023', '2023-10']) expect(actMatcher(q)(G25), q).toBe(true);
    for (const q of ['17/10/2023', '11/2023', '2022']) expect(actMatcher(q)(G25), q).toBe(false);
  });

  it('finds words of the objet, accents and capitals ignored, every word required', () => {
    expect(actMatcher('education emprunt')(G25)).toBe(true);
    expect(actMatcher('GARANTIE 2023')(G25)).toBe(true);
    expect(actMatcher('garantie subvention')(G25)).toBe(false);
  });

  it('finds nothing for an empty query', () => {
    expect(actMatcher('   ')(G25)).toBe(false);
  });
});
