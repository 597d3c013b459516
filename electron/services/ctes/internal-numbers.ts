import type { BodyCode } from '../../../shared/domain/body';
import type { Collectivity } from '../../../shared/domain/session';
import type { NatureCode } from '../../../shared/rules/ctes-id';
import { buildCtesId, checkCtesIdUnique } from '../../../shared/rules/ctes-id';
import { ctesIdAllocator } from '../../../shared/rules/internal-number';
import type { Db } from '../../db/open';
import { internalNumberPattern, internalNumbersOn, nextSequence, setNextSequence } from '../../db/repositories/settings';

/**
 * Gives the acts of one session their @ctes internal numbers: an imported number is kept (and must
 * not collide with another act of that date and nature), a missing one is made from the
 * collectivity's pattern. Runs inside the caller's transaction.
 */
export function internalNumberAllocator(db: Db, collectivity: Collectivity, body: BodyCode, series: string, date: string) {
  // The pattern read and checked once for the séance, not once an act.
  const allocator = ctesIdAllocator(internalNumberPattern(db));
  const usesSequence = allocator.sequenceWidth !== null;
  const context = (nature: NatureCode) => ({ departmentCode: collectivity.departmentCode, siren: collectivity.siren, nature });
  const existing = internalNumbersOn(db, date).map((r) => buildCtesId({ ...context(r.nature), decisionDate: date, internalNumber: r.internalId }));
  return (act: { number: number; nature: NatureCode; internalId: string | null }): string => {
    if (act.internalId !== null) {
      const id = buildCtesId({ ...context(act.nature), decisionDate: date, internalNumber: act.internalId });
      checkCtesIdUnique(id, existing);
      existing.push(id);
      return act.internalId;
    }
    const allocated = allocator.allocate(
      { decisionDate: date, body, series, actNumber: act.number, ...(usesSequence ? { sequence: nextSequence(db) } : {}) },
      context(act.nature),
      existing,
    );
    if (allocated.sequence !== null) setNextSequence(db, allocated.sequence + 1);
    existing.push(allocated.id);
    return allocated.internalNumber;
  };
}
