import type { ActSearchHit } from '../../../shared/contract/channels/reading';
import { actMatcher } from '../../../shared/rules/act-search';
import type { Db } from '../open';

/**
 * The acts of the whole register that `query` finds (newest session first), at most `limit`: the
 * register is read row by row and stops once enough are found.
 */
export function searchActs(db: Db, query: string, limit: number): ActSearchHit[] {
  const matches = actMatcher(query);
  const rows = db
    .prepare(
      `SELECT b.code AS body, s.date, b.series || a.number AS number, a.object
       FROM acts a JOIN sessions s ON s.id = a.session_id JOIN bodies b ON b.id = s.body_id
       ORDER BY s.date DESC, b.code, a.number`,
    )
    .iterate() as IterableIterator<ActSearchHit>;
  const hits: ActSearchHit[] = [];
  for (const row of rows) {
    if (!matches(row)) continue;
    hits.push(row);
    if (hits.length === limit) break;
  }
  return hits;
}
