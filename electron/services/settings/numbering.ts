import type { NumberingView } from '../../../shared/contract/channels/settings';
import { checkInternalNumberPattern, expandInternalNumber } from '../../../shared/rules/internal-number';
import type { Db } from '../../db/open';
import { latestSessionNumbers } from '../../db/repositories/sessions';
import { internalNumberPattern, nextSequence, setInternalNumberPattern } from '../../db/repositories/settings';

/**
 * What the pattern would give the next act of the latest session (or, in an empty register, the
 * first act of a Commission permanente today): the live example of the Paramètres screen.
 */
export function numberingView(db: Db, now: Date): NumberingView {
  const pattern = internalNumberPattern(db);
  const latest = latestSessionNumbers(db);
  const context = {
    decisionDate: latest?.date ?? now.toISOString().slice(0, 10),
    body: latest?.code ?? 'CP',
    series: latest?.series ?? 'G',
    actNumber: (latest?.last ?? 0) + 1,
    sequence: nextSequence(db),
  } as const;
  return { pattern, context: { ...context }, example: expandInternalNumber(pattern, context) };
}

/** Sets the @ctes internal number pattern once the rule accepted it; acts already numbered keep theirs. */
export function saveNumbering(db: Db, pattern: string, now: Date): NumberingView {
  checkInternalNumberPattern(pattern);
  db.transaction(() => setInternalNumberPattern(db, pattern))();
  return numberingView(db, now);
}
