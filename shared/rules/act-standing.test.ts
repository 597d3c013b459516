import { describe, expect, it } from 'vitest';
import { checkActStands } from './act-standing';

const verdict = (met: boolean, present: number, proxies: number) => ({
  quorum: { met, base: 46, required: 24, counted: present + proxies, figures: `${present} + ${proxies} ${met ? '≥' : '<'} 24`, article: 'CGCT L3121-14-1' },
  counts: { present, proxies, excused: 0, absent: 46 - present - proxies },
});

describe('checkActStands', () => {
  it('refuses an adopted act without quorum, in French with the figures and the article', () => {
    expect(() => checkActStands({ kind: 'unanimity' }, verdict(false, 15, 5))).toThrow(
      "le quorum n'est pas atteint (15 + 5 < 24, CGCT L3121-14-1) : l'acte ne peut pas être adopté.",
    );
  });

  it('lets a rejected act stand without quorum, and an adopted one with it', () => {
    const rejected = { kind: 'rejected', votes: { for: 3, against: 10, abstentions: 0, notVoting: 0 }, ballot: 'show-of-hands', names: null } as const;
    expect(() => checkActStands(rejected, verdict(false, 15, 5))).not.toThrow();
    expect(() => checkActStands({ kind: 'unanimity' }, verdict(true, 33, 3))).not.toThrow();
  });
});
