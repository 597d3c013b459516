import { describe, expect, it } from 'vitest';
import type { Outcome } from '../domain/outcome';
import { checkVote, outcomeText, parseOutcomeText } from './vote';

const majority = (f: number, a: number, ab = 0, np = 0, kind: 'majority' | 'rejected' = 'majority'): Outcome => ({
  kind,
  votes: { for: f, against: a, abstentions: ab, notVoting: np },
  ballot: 'show-of-hands',
  names: null,
});
const nameOf = (id: number) => ['M. Marc LAURIOL', 'Mme Andrée SAMAT', 'M. Joseph MULE', 'Mme Christine AMRANE'][id] ?? '?';

describe('outcomeText', () => {
  it('prints unanimity as published and reads it back', () => {
    expect(outcomeText({ kind: 'unanimity' }, nameOf)).toBe("Adopté à l'unanimité.");
    expect(parseOutcomeText("Adopté à l'unanimité.")).toEqual({ kind: 'unanimity' });
    expect(parseOutcomeText('Adopté.')).toBeNull();
  });

  it('prints a majority with pour, contre, abstentions and members taking no part', () => {
    expect(outcomeText(majority(40, 3, 1, 2), nameOf)).toBe(
      'Adopté à la majorité des suffrages exprimés (40 voix pour, 3 voix contre, 1 abstention, 2 élus ne prenant pas part au vote).',
    );
    expect(outcomeText(majority(10, 30, 0, 0, 'rejected'), nameOf)).toBe('Rejeté à la majorité des suffrages exprimés (10 voix pour, 30 voix contre).');
  });

  it('names the voters of a public ballot', () => {
    const o: Outcome = { ...majority(40, 2, 1), ballot: 'public', names: { against: [0, 1], abstentions: [2], notVoting: [] } } as Outcome;
    expect(outcomeText(o, nameOf)).toBe(
      'Adopté à la majorité des suffrages exprimés (40 voix pour, 2 voix contre, 1 abstention). Ont voté contre : M. Marc LAURIOL, Mme Andrée SAMAT. S\'est abstenu : M. Joseph MULE.',
    );
  });

  it('agrees each verb with the names after it: one or several, women all « Mme »; the former wording stays readable', () => {
    const ballot = (against: number[], abstentions: number[], notVoting: number[]): Outcome =>
      ({ ...majority(40, against.length, abstentions.length, notVoting.length), ballot: 'public', names: { against, abstentions, notVoting } }) as Outcome;
    const names = (o: Outcome, wording?: 'plural') => outcomeText(o, nameOf, wording).replace(/^.*?\)\. /, '');
    expect(names(ballot([0], [3], [2]))).toBe("A voté contre : M. Marc LAURIOL. S'est abstenue : Mme Christine AMRANE. Ne prend pas part au vote : M. Joseph MULE.");
    expect(names(ballot([1, 3], [1, 3], [0, 1]))).toBe(
      'Ont voté contre : Mme Andrée SAMAT, Mme Christine AMRANE. Se sont abstenues : Mme Andrée SAMAT, Mme Christine AMRANE. Ne prennent pas part au vote : M. Marc LAURIOL, Mme Andrée SAMAT.',
    );
    expect(names(ballot([0], [3], [2]), 'plural')).toBe('Ont voté contre : M. Marc LAURIOL. Se sont abstenus : Mme Christine AMRANE. Ne prennent pas part au vote : M. Joseph MULE.');
  });
});

describe('checkVote', () => {
  it('accepts a consistent majority', () => {
    expect(() => checkVote(majority(40, 3, 1), 44, null)).not.toThrow();
  });

  it('refuses more votes than voters', () => {
    expect(() => checkVote(majority(40, 3, 2), 44, null)).toThrow('Vote : 45 voix et non-participations déclarées pour 44 votants (présents et représentés).');
  });

  it('refuses a result that the counts contradict', () => {
    expect(() => checkVote(majority(10, 30), 44, null)).toThrow(/10 pour et 30 contre n'adoptent pas l'acte ; le résultat « adopté » ne correspond pas/);
  });

  it("lets the président's casting vote decide a public tie, not a secret one", () => {
    const tie = (ballot: 'public' | 'secret', kind: 'majority' | 'rejected'): Outcome => ({ ...majority(20, 20, 0, 0, kind), ballot, names: null }) as Outcome;
    expect(() => checkVote(tie('public', 'majority'), 44, true)).not.toThrow();
    expect(() => checkVote(tie('secret', 'rejected'), 44, true)).not.toThrow();
    expect(() => checkVote(tie('secret', 'majority'), 44, true)).toThrow(/ne correspond pas/);
  });

  it('requires as many names as votes in a public ballot', () => {
    const o = { ...majority(40, 2), ballot: 'public', names: { against: [0], abstentions: [], notVoting: [] } } as Outcome;
    expect(() => checkVote(o, 44, null)).toThrow('Vote : 1 nom « contre » pour 2 voix.');
  });
});
