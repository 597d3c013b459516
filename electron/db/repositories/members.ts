import type { Civility, Member } from '../../../shared/domain/member';
import type { Db } from '../open';
import type { MemberRow } from '../rows';
import { statement } from '../statements';

type Names = Pick<Member, 'civility' | 'firstName' | 'lastName'>;

/** Every member row of the register, in no particular order. */
export function listMemberRows(db: Db): MemberRow[] {
  return db.prepare('SELECT * FROM members').all() as MemberRow[];
}

export function findMemberRow(db: Db, id: number): MemberRow | undefined {
  return db.prepare('SELECT * FROM members WHERE id = ?').get(id) as MemberRow | undefined;
}

/** The id of the member with exactly these civility and names (other than `exceptId`), if any. */
export function findMemberId(db: Db, m: Names, exceptId: number | null = null): number | undefined {
  return statement(db, 'SELECT id FROM members WHERE civility = ? AND first_name = ? AND last_name = ? AND id IS NOT ?', { pluck: true }).get(m.civility, m.firstName, m.lastName, exceptId) as number | undefined;
}

export function countMembers(db: Db): number {
  return db.prepare('SELECT count(*) FROM members').pluck().get() as number;
}

/** Adds a member; returns its id. */
export function insertMember(db: Db, m: Names): number {
  return Number(statement(db, 'INSERT INTO members (civility, first_name, last_name) VALUES (?, ?, ?)').run(m.civility, m.firstName, m.lastName).lastInsertRowid);
}

export function updateMember(db: Db, id: number, m: { civility: Civility; firstName: string; lastName: string }): void {
  db.prepare('UPDATE members SET civility = ?, first_name = ?, last_name = ? WHERE id = ?').run(m.civility, m.firstName, m.lastName, id);
}

/** The member's id, creating the member when the register does not know them yet. */
export function ensureMember(db: Db, m: Names): number {
  return findMemberId(db, m) ?? insertMember(db, m);
}

/** The dates of the sessions where a member sits, presides or signed, oldest first: what keeps the member in the register. */
export function memberSessionDates(db: Db, id: number): string[] {
  return db
    .prepare(
      `SELECT DISTINCT s.date FROM sessions s
        WHERE s.president_id = @id
           OR EXISTS (SELECT 1 FROM session_members sm WHERE sm.session_id = s.id AND sm.member_id = @id)
           OR EXISTS (SELECT 1 FROM acts a JOIN act_attendance aa ON aa.act_id = a.id WHERE a.session_id = s.id AND (aa.member_id = @id OR aa.holder_id = @id))
           OR EXISTS (SELECT 1 FROM acts a WHERE a.session_id = s.id AND a.presiding_id = @id)
        ORDER BY s.date`,
    )
    .pluck()
    .all({ id }) as string[];
}

/** Whether a signature names the member as its signer. */
export function memberSigned(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM signatures WHERE signer_member_id = ? LIMIT 1').get(id) !== undefined;
}

/** Deletes a member and its mandates (the caller checked that no session names it). */
export function deleteMemberRow(db: Db, id: number): void {
  db.prepare('DELETE FROM mandates WHERE member_id = ?').run(id);
  db.prepare('DELETE FROM members WHERE id = ?').run(id);
}
