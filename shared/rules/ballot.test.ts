import { describe, expect, it } from 'vitest';
import type { Outcome } from '../domain/outcome';
import { ballotNameIssues, voteSumIssue } from './ballot';

const nameOf = (id: number) => `M. ${id}`;
const majority = (votes: Partial<Record<'for' | 'against' | 'abstentions' | 'notVoting', number>>): Outcome => ({
  kind: 'majority',
  ballot: 'show-of-hands',
  names: null,
  votes: { for: 0, against: 0, abstentions: 0, notVoting: 0, ...votes },
});

describe('ballotNameIssues', () => {
  it('names only the voters of the act, once each', () => {
    expect(ballotNameIssues({ against: [1], abstentions: [2], notVoting: [] }, new Set([1, 2, 3]), nameOf)).toEqual([]);
    expect(ballotNameIssues({ against: [9], abstentions: [], notVoting: [] }, new Set([1, 2]), nameOf)).toEqual([
      { type: 'validation', field: 'vote.names.against', message: "Ont voté contre : M. 9 n'est pas votant pour cet acte (ni présent ni représenté)." },
    ]);
    expect(ballotNameIssues({ against: [1], abstentions: [], notVoting: [1] }, new Set([1, 2]), nameOf)).toEqual([
      { type: 'validation', field: 'vote.names.notVoting', message: 'Ne prennent pas part au vote : M. 1 est déjà nommé dans une autre colonne du scrutin.' },
    ]);
  });
});

describe('voteSumIssue', () => {
  it('accepts counts that close on the voters, a unanimity and a vote to come', () => {
    expect(voteSumIssue(majority({ for: 38, abstentions: 2, notVoting: 5 }), 45)).toBeNull();
    expect(voteSumIssue({ kind: 'unanimity' }, 45)).toBeNull();
    expect(voteSumIssue({ kind: 'pending' }, 45)).toBeNull();
  });

  it('says how many voters are missing, or too many', () => {
    expect(voteSumIssue(majority({ for: 44 }), 45)).toBe(
      'Vote : 44 voix et non-participations pour 45 votants (présents et représentés) : 1 votant manque ; comptez-le en abstention ou dans « Ne prennent pas part ».',
    );
    expect(voteSumIssue(majority({ for: 46 }), 45)).toBe('Vote : 46 voix et non-participations pour 45 votants (présents et représentés) : 1 de trop.');
  });
});
