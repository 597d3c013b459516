import { describe, expect, it } from 'vitest';
import type { Member } from './member';
import { formalName, inTableOrder, listName, plainName, printedList, proxyName } from './member';

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

describe('inTableOrder', () => {
  const member = (lastName: string, firstName: string, precedence: number | null = null): Member => ({ id: 0, civility: 'M.', firstName, lastName, quality: null, precedence });
  it('puts the Président and the vice-presidents by rank first, then the others by surname, accents read as French does', () => {
    const members = [member('TENOUX', 'Gérard'), member("ÉPÉE-D'ORSAY", 'Sylvie'), member('HUBAUD', 'Christian', 1), member('BRUNET', 'Anne'), member('ZORN', 'Paul', 0), member('BERNARD', 'Jean-Marie')];
    expect(members.sort(inTableOrder).map((m) => m.lastName)).toEqual(['ZORN', 'HUBAUD', 'BERNARD', 'BRUNET', "ÉPÉE-D'ORSAY", 'TENOUX']);
  });
});
