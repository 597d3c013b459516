import { describe, expect, it } from 'vitest';
import { counted, listed } from './plural';

describe('counted', () => {
  it('puts the noun in the singular for 0 and 1, in the plural from 2, as French does', () => {
    expect([0, 1, 2, 45].map((n) => counted(n, 'absent', 'absents'))).toEqual(['0 absent', '1 absent', '2 absents', '45 absents']);
  });

  it('writes thousands the French way', () => {
    expect(counted(15000, 'acte', 'actes')).toBe('15\u202f000 actes');
  });
});

describe('listed', () => {
  it('enumerates as French does, the last after « et »', () => {
    expect([[], ['G1'], ['G1', 'G2'], ['G1', 'G2', 'G3']].map(listed)).toEqual(['', 'G1', 'G1 et G2', 'G1, G2 et G3']);
  });
});
