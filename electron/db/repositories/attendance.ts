import type { ActStatus, SessionStatus, WithdrawalBasis } from '../../../shared/domain/attendance';
import type { Db } from '../open';

/*
 * Attendance rows: the session default (session_members) and the per-act changes (act_attendance).
 * Procurations keep the order they were given in (`proxy_position`, `position`): the lists print them so.
 */

/** Where the member's procuration stands in the session's order, or the next place for a new one. */
export function proxyPosition(db: Db, sessionId: number, memberId: number, keep: boolean): number {
  return keep
    ? (db.prepare('SELECT proxy_position FROM session_members WHERE session_id = ? AND member_id = ?').pluck().get(sessionId, memberId) as number)
    : (db.prepare('SELECT coalesce(max(proxy_position), -1) + 1 FROM session_members WHERE session_id = ?').pluck().get(sessionId) as number);
}

/** A member's session default: status, and the procuration given (holder, place in the order). */
export function setSessionMember(
  db: Db,
  sessionId: number,
  memberId: number,
  e: { status: SessionStatus; holderId: number | null; proxyPosition: number | null },
): void {
  db.prepare('UPDATE session_members SET status = ?, holder_id = ?, proxy_position = ? WHERE session_id = ? AND member_id = ?').run(
    e.status,
    e.holderId,
    e.proxyPosition,
    sessionId,
    memberId,
  );
}

/** The member follows the session default again for this act. */
export function removeActAttendance(db: Db, actId: number, memberId: number): void {
  db.prepare('DELETE FROM act_attendance WHERE act_id = ? AND member_id = ?').run(actId, memberId);
}

/** Records or replaces a member's change for one act; a new change goes last in the act's order. */
export function setActAttendanceRow(
  db: Db,
  actId: number,
  memberId: number,
  e: { status: ActStatus; holderId: number | null; basis: WithdrawalBasis | null; reason: string | null },
): void {
  db.prepare(
    `INSERT INTO act_attendance (act_id, member_id, status, holder_id, basis, reason, position)
     VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM act_attendance WHERE act_id = ?))
     ON CONFLICT (act_id, member_id) DO UPDATE SET status = excluded.status, holder_id = excluded.holder_id,
       basis = excluded.basis, reason = excluded.reason`,
  ).run(actId, memberId, e.status, e.holderId, e.basis, e.reason, actId);
}
