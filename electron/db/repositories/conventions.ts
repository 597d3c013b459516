import type { ConventionKind } from '../../../shared/convention/loan-guarantee';
import type { Db } from '../open';
import { statement } from '../statements';

/** A convention as stored: its data is still the JSON text, validated by the service that reads it. */
export interface StoredConvention {
  id: number;
  actId: number;
  number: string;
  kind: ConventionKind;
  data: unknown;
}

interface ConventionRow {
  id: number;
  act_id: number;
  number: string;
  kind: ConventionKind;
  data: string;
}

const toConvention = (r: ConventionRow): StoredConvention => ({
  id: r.id,
  actId: r.act_id,
  number: r.number,
  kind: r.kind,
  data: JSON.parse(r.data) as unknown,
});

/** Inserts a convention; its data must already be valid for its kind. */
export function insertConvention(db: Db, c: Omit<StoredConvention, 'id'>): number {
  return Number(
    db
      .prepare('INSERT INTO conventions (act_id, number, kind, data) VALUES (?, ?, ?, ?)')
      .run(c.actId, c.number, c.kind, JSON.stringify(c.data)).lastInsertRowid,
  );
}

/** The conventions of an act, by number (compiled once: a recueil asks for each of its acts). */
export function conventionsOfAct(db: Db, actId: number): StoredConvention[] {
  return (statement(db, 'SELECT * FROM conventions WHERE act_id = ? ORDER BY number').all(actId) as ConventionRow[]).map(toConvention);
}

/** Whether a convention number is already in the register. */
export function conventionNumberExists(db: Db, number: string): boolean {
  return db.prepare('SELECT 1 FROM conventions WHERE number = ?').get(number) !== undefined;
}
