import type { BodyCode } from '../../../shared/domain/body';
import { BODY_DEFAULTS } from '../../../shared/domain/body';
import type { Body } from '../../../shared/domain/session';
import type { Db } from '../open';
import { statement } from '../statements';
import type { BodyRow } from '../rows';

const toBody = (r: BodyRow): Body => ({ id: r.id, code: r.code, name: r.name, heading: r.heading, assembly: r.assembly, series: r.series });

export function findBody(db: Db, code: BodyCode): Body | null {
  const row = findBodyRow(db, code);
  return row === undefined ? null : toBody(row);
}

export function getBodyById(db: Db, id: number): Body {
  return toBody(db.prepare('SELECT * FROM bodies WHERE id = ?').get(id) as BodyRow);
}

/** The body with that code, created with its default heading and `series` (its default letter unless given) when new. */
export function ensureBody(db: Db, code: BodyCode, name: string, series: string = BODY_DEFAULTS[code].series): Body {
  const existing = findBody(db, code);
  if (existing !== null) return existing;
  const d = BODY_DEFAULTS[code];
  const { lastInsertRowid } = db
    .prepare('INSERT INTO bodies (code, name, heading, assembly, series) VALUES (?, ?, ?, ?, ?)')
    .run(code, name, d.heading, d.assembly, series);
  return { id: Number(lastInsertRowid), code, name, heading: d.heading, assembly: d.assembly, series };
}

/** How many sessions the body holds. */
export function countBodySessions(db: Db, bodyId: number): number {
  return db.prepare('SELECT count(*) FROM sessions WHERE body_id = ?').pluck().get(bodyId) as number;
}

/** Gives the body another series letter (the caller checks it has no session yet). */
export function setBodySeries(db: Db, bodyId: number, series: string): void {
  db.prepare('UPDATE bodies SET series = ? WHERE id = ?').run(series, bodyId);
}

/** Every body row of the register, in no particular order. */
export function listBodyRows(db: Db): BodyRow[] {
  return db.prepare('SELECT * FROM bodies').all() as BodyRow[];
}

export function findBodyRow(db: Db, code: BodyCode): BodyRow | undefined {
  return statement(db, 'SELECT * FROM bodies WHERE code = ?').get(code) as BodyRow | undefined;
}

/** The name of the body other than `code` that numbers its acts with `series`, if any. */
export function bodyNameWithSeries(db: Db, series: string, exceptCode: BodyCode): string | undefined {
  return db.prepare('SELECT name FROM bodies WHERE series = ? AND code <> ?').pluck().get(series, exceptCode) as string | undefined;
}

/** How many acts the body's sessions hold. */
export function countBodyActs(db: Db, bodyId: number): number {
  return db.prepare('SELECT count(*) FROM acts a JOIN sessions s ON s.id = a.session_id WHERE s.body_id = ?').pluck().get(bodyId) as number;
}

/** Creates the body or rewrites its names and series letter. */
export function upsertBody(db: Db, b: Omit<BodyRow, 'id'>): void {
  db.prepare(
    `INSERT INTO bodies (code, name, heading, assembly, series) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, heading = excluded.heading, assembly = excluded.assembly, series = excluded.series`,
  ).run(b.code, b.name, b.heading, b.assembly, b.series);
}
