import { describe, expect, it } from 'vitest';
import { checkSessionDate, checkVoteHeld } from './session-date';

describe('session date', () => {
  it('refuses a session more than a year ahead as a probable typo, in JJ/MM/AAAA', () => {
    expect(() => checkSessionDate('2099-01-01', '2026-12-04')).toThrow("Date de la séance (01/01/2099) : plus d'un an après aujourd'hui (04/12/2026) ; vérifiez l'année.");
    expect(() => checkSessionDate('2027-12-05', '2026-12-04')).toThrow(/plus d'un an/);
  });

  it('takes a session up to a year ahead, and any past one', () => {
    expect(() => checkSessionDate('2027-12-04', '2026-12-04')).not.toThrow();
    expect(() => checkSessionDate('2026-12-14', '2026-12-04')).not.toThrow();
    expect(() => checkSessionDate('2023-10-16', '2026-12-04')).not.toThrow();
  });
});

describe('vote held', () => {
  it('refuses a result for a session to come, naming its date', () => {
    expect(() => checkVoteHeld({ kind: 'unanimity' }, '2026-12-14', '2026-12-04')).toThrow(/^Résultat : la séance du 14\/12\/2026 n'a pas encore eu lieu/);
  });

  it('takes « Vote à venir » for a session to come, and a result on the day or after', () => {
    expect(() => checkVoteHeld({ kind: 'pending' }, '2026-12-14', '2026-12-04')).not.toThrow();
    expect(() => checkVoteHeld({ kind: 'unanimity' }, '2026-12-04', '2026-12-04')).not.toThrow();
  });
});
