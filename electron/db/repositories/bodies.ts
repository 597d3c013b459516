import type { BodyCode } from '../../../shared/domain/body';
import { BODY_DEFAULTS } from '../../../shared/domain/body';
import type { Body } from '../../../shared/domain/session';
import type { Db } from '../open';
import { statement } from '../statements';
import type { BodyRow } from '../rows';

const toBody = (r: BodyRow): Body => ({ id: r.id, code: r.code, name: r.name, heading: r.heading, assembly: r.assembly, series: r.series });

export function findBody(db: Db, code: BodyCode): Body | null {
  const row = statement(db, 'SELECT * FROM bodies WHERE code = ?').get(code) as BodyRow | undefined;
  return row === undefined ? null : toBody(row);
}

export function getBodyById(db: Db, id: number): Body {
  return toBody(db.prepare('SELECT * FROM bodies WHERE id = ?').get(id) as BodyRow);
}

/** The body with that code, created with its default heading and series letter when new. */
export function ensureBody(db: Db, code: BodyCode, name: string): Body {
  const existing = findBody(db, code);
  if (existing !== null) return existing;
  const d = BODY_DEFAULTS[code];
  const { lastInsertRowid } = db
    .prepare('INSERT INTO bodies (code, name, heading, assembly, series) VALUES (?, ?, ?, ?, ?)')
    .run(code, name, d.heading, d.assembly, d.series);
  return { id: Number(lastInsertRowid), code, name, heading: d.heading, assembly: d.assembly, series: d.series };
}
