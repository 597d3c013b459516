import { describe, expect, it } from 'vitest';
import type { ActEntry, SessionEntry } from '../domain/attendance';
import { attendanceTotal, checkSessionEntries, computeActAttendance, holderCandidates } from './attendance';

const nameOf = (id: number) => `élu ${id}`;
const present = (id: number): SessionEntry => ({ memberId: id, status: 'present', holderId: null });
const absent = (id: number, holderId: number | null = null): SessionEntry => ({ memberId: id, status: 'absent', holderId });
const change = (memberId: number, status: ActEntry['status'], holderId: number | null = null): ActEntry => ({
  memberId,
  status,
  holderId,
  basis: status === 'withdrawn' ? 'L1111-6' : null,
  reason: null,
});

// Members 1–6 present, 7 gives a procuration to 2, 8 to 3, 9 absent.
const roster = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const defaults: SessionEntry[] = [present(1), present(2), present(3), present(4), present(5), present(6), absent(9), absent(7, 2), absent(8, 3)];

describe('checkSessionEntries', () => {
  it('accepts one procuration per present holder', () => {
    expect(() => checkSessionEntries(defaults, nameOf)).not.toThrow();
  });

  it('refuses a member holding two procurations (L3121-16)', () => {
    expect(() => checkSessionEntries([present(1), absent(2, 1), absent(3, 1)], nameOf)).toThrow(
      /élu 1 reçoit deux procurations \(de élu 2 et de élu 3\).*une seule délégation \(CGCT L3121-16\)/,
    );
  });

  it('refuses a procuration to oneself', () => {
    expect(() => checkSessionEntries([absent(1, 1)], nameOf)).toThrow(/deux élus différents/);
  });

  it('refuses a procuration given by a present member', () => {
    expect(() => checkSessionEntries([present(1), { memberId: 2, status: 'present', holderId: 1 }], nameOf)).toThrow(
      /un élu présent ne peut pas donner procuration/,
    );
  });

  it('refuses a procuration to a member who is not present', () => {
    expect(() => checkSessionEntries([absent(1), absent(2, 1)], nameOf)).toThrow(/le mandataire doit être présent/);
  });
});

describe('computeActAttendance', () => {
  it('gives the session default when the act changes nothing', () => {
    const a = computeActAttendance(roster, defaults, [], nameOf);
    expect(a.present).toEqual([1, 2, 3, 4, 5, 6]);
    expect(a.proxies).toEqual([{ giverId: 7, holderId: 2 }, { giverId: 8, holderId: 3 }]);
    expect(a.absent).toEqual([9]);
    expect(attendanceTotal(a)).toBe(roster.length);
  });

  it('lets a procuration lapse when its holder steps out, and counts the giver absent (G25)', () => {
    const a = computeActAttendance(roster, defaults, [change(2, 'absent')], nameOf);
    expect(a.present).toEqual([1, 3, 4, 5, 6]);
    expect(a.proxies).toEqual([{ giverId: 8, holderId: 3 }]);
    expect(a.lapsed).toEqual([{ giverId: 7, holderId: 2 }]);
    expect(a.absent).toEqual([2, 7, 9]);
    expect(attendanceTotal(a)).toBe(roster.length);
  });

  it('prints a withdrawn member among the absents and reports the withdrawal', () => {
    const a = computeActAttendance(roster, defaults, [change(4, 'withdrawn')], nameOf);
    expect(a.absent).toEqual([4, 9]);
    expect(a.withdrawn).toEqual([{ memberId: 4, basis: 'L1111-6', reason: null }]);
  });

  it('brings back a member for one act', () => {
    const a = computeActAttendance(roster, defaults, [change(9, 'present')], nameOf);
    expect(a.present).toContain(9);
    expect(a.absent).toEqual([]);
  });

  it('accepts a procuration given for one act, printed after the session ones', () => {
    const a = computeActAttendance(roster, defaults, [change(4, 'absent', 5)], nameOf);
    expect(a.proxies.at(-1)).toEqual({ giverId: 4, holderId: 5 });
    expect(attendanceTotal(a)).toBe(roster.length);
  });

  it('refuses a procuration for one act to a holder who already holds one', () => {
    expect(() => computeActAttendance(roster, defaults, [change(4, 'absent', 2)], nameOf)).toThrow(/élu 2 reçoit deux procurations/);
  });

  it('refuses a procuration for one act to an absent holder', () => {
    expect(() => computeActAttendance(roster, defaults, [change(4, 'absent', 9)], nameOf)).toThrow(/le mandataire doit être présent/);
  });

  it('refuses a member without any attendance', () => {
    expect(() => computeActAttendance([...roster, 10], defaults, [], nameOf)).toThrow(/élu 10 n'a pas de présence/);
  });
});

describe('holder candidates', () => {
  it('offers the present members who hold no procuration yet, keeping the current holder', () => {
    const proxies = [
      { giverId: 10, holderId: 1 },
      { giverId: 11, holderId: 2 },
    ];
    expect(holderCandidates([1, 2, 3, 4], proxies, 10)).toEqual([1, 3, 4]);
    expect(holderCandidates([1, 2, 3, 4], proxies, 12)).toEqual([3, 4]);
  });
});
