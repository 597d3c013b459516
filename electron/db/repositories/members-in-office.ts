import type { Member } from '../../../shared/domain/member';
import { inTableOrder } from '../../../shared/domain/member';
import type { Db } from '../open';

/** The members holding a mandate on the body on `date`, in the order of the tableau (precedence, then name). */
export function membersInOffice(db: Db, bodyId: number, date: string): Member[] {
  const rows = db
    .prepare(
      `SELECT m.id, m.civility, m.first_name, m.last_name, min(md.quality) AS quality, min(md.precedence) AS precedence
       FROM mandates md JOIN members m ON m.id = md.member_id
       WHERE md.body_id = ? AND md.start_date <= ? AND (md.end_date IS NULL OR md.end_date >= ?)
       GROUP BY m.id, m.civility, m.first_name, m.last_name`,
    )
    .all(bodyId, date, date) as { id: number; civility: Member['civility']; first_name: string; last_name: string; quality: string | null; precedence: number | null }[];
  // Sorted here, not by SQLite: its ORDER BY compares bytes and would put « ÉPÉE » after « TENOUX ».
  return rows.map((r) => ({ id: r.id, civility: r.civility, firstName: r.first_name, lastName: r.last_name, quality: r.quality, precedence: r.precedence })).sort(inTableOrder);
}

