import type { Civility, Member } from '../../../shared/domain/member';
import type { Db } from '../open';
import type { MemberRow } from '../rows';

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
  return db
    .prepare('SELECT id FROM members WHERE civility = ? AND first_name = ? AND last_name = ? AND id IS NOT ?')
    .pluck()
    .get(m.civility, m.firstName, m.lastName, exceptId) as number | undefined;
}

export function countMembers(db: Db): number {
  return db.prepare('SELECT count(*) FROM members').pluck().get() as number;
}

/** Adds a member; returns its id. */
export function insertMember(db: Db, m: Names): number {
  return Number(db.prepare('INSERT INTO members (civility, first_name, last_name) VALUES (?, ?, ?)').run(m.civility, m.firstName, m.lastName).lastInsertRowid);
}

export function updateMember(db: Db, id: number, m: { civility: Civility; firstName: string; lastName: string }): void {
  db.prepare('UPDATE members SET civility = ?, first_name = ?, last_name = ? WHERE id = ?').run(m.civility, m.firstName, m.lastName, id);
}

/** The member's id, creating the member when the register does not know them yet. */
export function ensureMember(db: Db, m: Names): number {
  return findMemberId(db, m) ?? insertMember(db, m);
}
