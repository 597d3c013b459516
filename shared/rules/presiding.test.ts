import { describe, expect, it } from 'vitest';
import type { Member } from '../domain/member';
import { presidingMember, presidingQuality } from './presiding';

const member = (id: number, lastName: string, precedence: number | null, quality: string | null = null): Member => ({
  id,
  civility: 'M.',
  firstName: 'Jean',
  lastName,
  quality,
  precedence,
});
const masson = member(1, 'MASSON', 0, 'Président du Conseil départemental');
const bremond = member(2, 'BREMOND', 1, 'Premier Vice-président du Conseil départemental');
const second = member(3, 'SECOND', 2, 'Deuxième Vice-président du Conseil départemental');
const other = member(4, 'AUTRE', null);
const members = [masson, bremond, second, other];

describe('presidingMember', () => {
  it("is the session's président when he is present", () => {
    expect(presidingMember({ presidentId: 1, presentIds: new Set([1, 2, 3, 4]), members, overrideId: null })).toBe(masson);
  });

  it('passes to the Premier Vice-président when the président steps out', () => {
    const chair = presidingMember({ presidentId: 1, presentIds: new Set([2, 3, 4]), members, overrideId: null });
    expect(chair).toBe(bremond);
    expect(presidingQuality(chair)).toBe('Premier Vice-président du Conseil départemental');
  });

  it('passes to the next in precedence when the Premier Vice-président is away too', () => {
    expect(presidingMember({ presidentId: 1, presentIds: new Set([3, 4]), members, overrideId: null })).toBe(second);
  });

  it("follows the secretary's choice when that member is present", () => {
    expect(presidingMember({ presidentId: 1, presentIds: new Set([1, 3]), members, overrideId: 3 })).toBe(second);
  });

  it('refuses a chosen member who is not present', () => {
    expect(() => presidingMember({ presidentId: 1, presentIds: new Set([1]), members, overrideId: 3 })).toThrow(
      /n'est pas présent\(e\) pour ce dossier/,
    );
  });

  it('asks for a choice when nobody in the order of precedence is present', () => {
    expect(() => presidingMember({ presidentId: 1, presentIds: new Set([4]), members, overrideId: null })).toThrow(/désignez le membre qui préside/);
  });

  it('refuses to print a presiding member without quality', () => {
    expect(() => presidingQuality(other)).toThrow(/n'a pas de qualité enregistrée/);
  });
});
