import { describe, expect, it } from 'vitest';
import { quorum } from './quorum';

describe('quorum', () => {
  it('counts procurations for the commission permanente (L3121-14-1)', () => {
    const q = quorum({ body: 'CP', sessionDate: '2023-10-16', membersInOffice: 46, present: 39, represented: 5, withdrawnL1111_6: 0 });
    expect(q).toMatchObject({ met: true, base: 46, required: 24, counted: 44, figures: '39 + 5 ≥ 24', article: 'CGCT L3121-14-1' });
  });

  it('counts only present members for the conseil départemental (L3121-14)', () => {
    const q = quorum({ body: 'CD', sessionDate: '2023-10-16', membersInOffice: 46, present: 20, represented: 10, withdrawnL1111_6: 0 });
    expect(q).toMatchObject({ met: false, required: 24, counted: 20, figures: '20 < 24', article: 'CGCT L3121-14' });
  });

  it('requires more than half: 23 of 46 is not enough', () => {
    expect(quorum({ body: 'CD', sessionDate: '2024-01-01', membersInOffice: 46, present: 23, represented: 0, withdrawnL1111_6: 0 }).met).toBe(false);
    expect(quorum({ body: 'CD', sessionDate: '2024-01-01', membersInOffice: 47, present: 24, represented: 0, withdrawnL1111_6: 0 }).met).toBe(true);
  });

  it('keeps withdrawn members in the base before the law of 22 December 2025', () => {
    const q = quorum({ body: 'CP', sessionDate: '2025-12-01', membersInOffice: 46, present: 20, represented: 3, withdrawnL1111_6: 6 });
    expect(q).toMatchObject({ base: 46, required: 24, met: false, figures: '20 + 3 < 24' });
  });

  it('takes members withdrawn under L1111-6 out of the base after it (L3132-5)', () => {
    const q = quorum({ body: 'CP', sessionDate: '2026-03-02', membersInOffice: 46, present: 20, represented: 3, withdrawnL1111_6: 6 });
    expect(q).toMatchObject({ base: 40, required: 21, met: true, figures: '20 + 3 ≥ 21', article: 'CGCT L3121-14-1, L3132-5' });
  });
});
