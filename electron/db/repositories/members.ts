import type { Member } from '../../../shared/domain/member';
import type { Db } from '../open';
import { statement } from '../statements';

/** The member's id, creating the member when the register does not know them yet. */
export function ensureMember(db: Db, m: Pick<Member, 'civility' | 'firstName' | 'lastName'>): number {
  const row = statement(db, 'SELECT id FROM members WHERE civility = ? AND first_name = ? AND last_name = ?').get(m.civility, m.firstName, m.lastName) as { id: number } | undefined;
  if (row !== undefined) return row.id;
  return Number(
    statement(db, 'INSERT INTO members (civility, first_name, last_name) VALUES (?, ?, ?)').run(m.civility, m.firstName, m.lastName).lastInsertRowid,
  );
}

/**
 * Makes sure the member holds a mandate on the body on that date, with that quality: an imported
 * session proves the mandate. An open mandate that starts later is moved back to the date.
 */
export function ensureMandate(db: Db, memberId: number, bodyId: number, date: string, m: Pick<Member, 'quality' | 'precedence'>): void {
  const covering = statement(
    db,
    `SELECT id FROM mandates WHERE member_id = ? AND body_id = ? AND start_date <= ?
       AND (end_date IS NULL OR end_date >= ?)`,
  ).get(memberId, bodyId, date, date);
  if (covering !== undefined) return;
  const later = statement(db, 'SELECT id FROM mandates WHERE member_id = ? AND body_id = ? AND start_date > ? ORDER BY start_date LIMIT 1').get(memberId, bodyId, date) as { id: number } | undefined;
  if (later !== undefined) {
    statement(db, 'UPDATE mandates SET start_date = ? WHERE id = ?').run(date, later.id);
    return;
  }
  statement(db, 'INSERT INTO mandates (member_id, body_id, start_date, quality, precedence) VALUES (?, ?, ?, ?, ?)').run(
    memberId,
    bodyId,
    date,
    m.quality,
    m.precedence,
  );
}
