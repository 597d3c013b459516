import type { Member } from '../../../shared/domain/member';
import type { Db } from '../open';
import type { MandateRow } from '../rows';
import { statement } from '../statements';

const SELECT = `SELECT md.*, b.code AS body, m.civility, m.first_name, m.last_name
  FROM mandates md JOIN bodies b ON b.id = md.body_id JOIN members m ON m.id = md.member_id`;

/** The mandates not ended on `day`, every body, in no particular order. */
export function mandateRowsNotEnded(db: Db, day: string): MandateRow[] {
  return db.prepare(`${SELECT} WHERE md.end_date IS NULL OR md.end_date >= ?`).all(day) as MandateRow[];
}

export function findMandateRow(db: Db, id: number): MandateRow | undefined {
  return db.prepare(`${SELECT} WHERE md.id = ?`).get(id) as MandateRow | undefined;
}

/** Mandates of the body whose period meets [start, end] (open ends reach forever), other than `except`. */
export function overlappingMandates(db: Db, bodyId: number, start: string, end: string | null, except: number | null): MandateRow[] {
  return db
    .prepare(`${SELECT} WHERE md.body_id = ? AND md.id IS NOT ? AND (md.end_date IS NULL OR md.end_date >= ?) AND (? IS NULL OR md.start_date <= ?)`)
    .all(bodyId, except, start, end, end) as MandateRow[];
}

/** The days of the body's sessions the member sits in while no mandate of theirs on the body covers that day. */
export function sessionDaysOutsideMandates(db: Db, memberId: number, bodyId: number): string[] {
  return db
    .prepare(
      `SELECT s.date FROM sessions s JOIN session_members sm ON sm.session_id = s.id
       WHERE s.body_id = ? AND sm.member_id = ? AND NOT EXISTS (
         SELECT 1 FROM mandates md WHERE md.member_id = sm.member_id AND md.body_id = s.body_id
           AND md.start_date <= s.date AND (md.end_date IS NULL OR md.end_date >= s.date))
       ORDER BY s.date`,
    )
    .pluck()
    .all(bodyId, memberId) as string[];
}

export interface MandateValues {
  memberId: number;
  bodyId: number;
  startDate: string;
  endDate: string | null;
  quality: string | null;
  precedence: number | null;
}

const values = (m: MandateValues) => [m.memberId, m.bodyId, m.startDate, m.endDate, m.quality, m.precedence];

/** Adds a mandate; returns its id. */
export function insertMandate(db: Db, m: MandateValues): number {
  return Number(
    db.prepare('INSERT INTO mandates (member_id, body_id, start_date, end_date, quality, precedence) VALUES (?, ?, ?, ?, ?, ?)').run(...values(m)).lastInsertRowid,
  );
}

export function updateMandate(db: Db, id: number, m: MandateValues): void {
  db.prepare('UPDATE mandates SET member_id = ?, body_id = ?, start_date = ?, end_date = ?, quality = ?, precedence = ? WHERE id = ?').run(...values(m), id);
}

/** Gives each mandate its rank in the order of precedence. */
export function setPrecedences(db: Db, ranks: { id: number; precedence: number | undefined }[]): void {
  const update = db.prepare('UPDATE mandates SET precedence = ? WHERE id = ?');
  for (const r of ranks) update.run(r.precedence, r.id);
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
  const later = statement(db, 'SELECT id FROM mandates WHERE member_id = ? AND body_id = ? AND start_date > ? ORDER BY start_date LIMIT 1').get(memberId, bodyId, date) as
    | { id: number }
    | undefined;
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
