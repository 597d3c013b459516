import { describe, expect, it } from 'vitest';
import { readVoteCount } from './vote-count';

describe('readVoteCount', () => {
  it('reads a whole number of votes, 0 or more', () => {
    expect(readVoteCount('Pour', '12')).toEqual({ count: 12 });
    expect(readVoteCount('Contre', ' 0 ')).toEqual({ count: 0 });
  });

  it('refuses a negative, decimal, empty or other count, quoting what was typed and naming the field', () => {
    expect(readVoteCount('Pour', '-1')).toEqual({ refusal: "Pour : « -1 » n'est pas un nombre de voix ; un nombre entier, 0 ou plus, est attendu." });
    expect(readVoteCount('Abstentions', '8.5')).toEqual({ refusal: "Abstentions : « 8.5 » n'est pas un nombre de voix ; un nombre entier, 0 ou plus, est attendu." });
    expect(readVoteCount('Contre', '8,5')).toHaveProperty('refusal');
    expect(readVoteCount('Contre', 'douze')).toHaveProperty('refusal');
    expect(readVoteCount('Ne prennent pas part', '')).toEqual({ refusal: "Ne prennent pas part : nombre de voix obligatoire (0 s'il n'y en a aucune)." });
  });
});
