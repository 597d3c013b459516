import { describe, expect, it } from 'vitest';
import { formalName, listName, plainName, printedList, proxyName } from './member';

const guisiano = { civility: 'M.' as const, firstName: 'Jean-Martin', lastName: 'GUISIANO' };
const lauriol = { civility: 'M.' as const, firstName: 'Marc', lastName: 'LAURIOL' };

describe('printed names', () => {
  it('writes a member in lists, in sentences and under "Signé :" as published', () => {
    expect(listName(guisiano)).toBe('M. Jean-Martin GUISIANO');
    expect(formalName({ ...lauriol, civility: 'Mme' })).toBe('Madame Marc LAURIOL');
    expect(plainName(lauriol)).toBe('Marc LAURIOL');
  });

  it('writes a procuration and a list, an empty one as "Excusés : ."', () => {
    expect(proxyName({ giver: guisiano, holder: lauriol })).toBe('M. Jean-Martin GUISIANO à M. Marc LAURIOL');
    expect(printedList('Excusés', [])).toBe('Excusés : .');
    expect(printedList('Absents', ['M. A', 'Mme B'])).toBe('Absents : M. A, Mme B.');
  });
});
