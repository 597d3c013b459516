import type { BodyCode } from '../../shared/domain/body';
import type { Db } from '../db/open';

export interface ActListItem {
  sessionDate: string;
  number: string;
  object: string;
}

/** The acts of a body for one year, by session date then number: the annual table by date. */
export function listActsOfYear(db: Db, body: BodyCode, year: number): ActListItem[] {
  return db
    .prepare(
      `SELECT s.date AS sessionDate, b.series || a.number AS number, a.object
       FROM acts a JOIN sessions s ON s.id = a.session_id JOIN bodies b ON b.id = s.body_id
       WHERE b.code = ? AND s.date BETWEEN ? AND ?
       ORDER BY s.date, a.number`,
    )
    .all(body, `${year}-01-01`, `${year}-12-31`) as ActListItem[];
}
