import type { BodyCode } from '../../../shared/domain/body';
import { AppError } from '../../../shared/domain/errors';
import type { Body, Certifier, Recueil, Session, SessionSummary } from '../../../shared/domain/session';
import { isIsoDate, longDate } from '../../../shared/rules/french-dates';
import type { Db } from '../open';
import { statement } from '../statements';
import type { RecueilRow, SessionMemberRow, SessionRow } from '../rows';
import { findBody, getBodyById } from './bodies';

/** Inserts the session, its members in office (ids already in the register) and default attendance. */
export function insertSession(db: Db, s: Omit<Session, 'id' | 'recueil'>): number {
  const exists = statement(db, 'SELECT 1 FROM sessions WHERE body_id = ? AND date = ?').get(s.body.id, s.date);
  if (exists !== undefined) {
    throw new AppError(
      'conflict',
      `La séance du ${longDate(s.date)} (${s.body.name}) existe déjà dans le registre.`,
      'session.date',
    );
  }
  const id = Number(
    statement(
      db,
      `INSERT INTO sessions (body_id, date, time, place, president_id, certifier_formula, certifier_quality, certifier_name)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
      .run(s.body.id, s.date, s.time, s.place, s.presidentId, s.certifier.formula, s.certifier.quality, s.certifier.name)
      .lastInsertRowid,
  );
  const entry = new Map(s.defaults.map((e, i) => [e.memberId, { ...e, position: e.holderId === null ? null : i }]));
  const insert = statement(
    db,
    `INSERT INTO session_members (session_id, member_id, quality, precedence, status, holder_id, proxy_position)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  // Holders first: a procuration refers to its holder's row.
  const ordered = [...s.roster].sort((a, b) => Number(entry.get(a.id)?.holderId != null) - Number(entry.get(b.id)?.holderId != null));
  for (const m of ordered) {
    const e = entry.get(m.id);
    insert.run(id, m.id, m.quality, m.precedence, e?.status ?? 'absent', e?.holderId ?? null, e?.position ?? null);
  }
  return id;
}

export function insertRecueil(db: Db, sessionId: number, r: Recueil): void {
  const taken = db.prepare('SELECT 1 FROM recueils WHERE year = ? AND number = ?').get(r.year, r.number);
  if (taken !== undefined) {
    throw new AppError('conflict', `Numéro du recueil : le recueil n° ${r.number} de ${r.year} existe déjà dans le registre.`, 'number');
  }
  db.prepare(
    `INSERT INTO recueils (session_id, title, year, number, publication_date, section, back_cover) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(sessionId, r.title, r.year, r.number, r.publicationDate, r.section, JSON.stringify(r.backCover));
}

/**
 * The one « session not found » of the app, e.g. sessionNotFound('CD', '2023-10-16') →
 * « Aucune séance CD le 16 octobre 2023 dans ce registre. »
 */
export function sessionNotFound(code: BodyCode, date: string, field = 'session'): AppError {
  return new AppError('not_found', `Aucune séance ${code} le ${isIsoDate(date) ? longDate(date) : date} dans ce registre.`, field);
}

/** The session of a body on a date, with its roster and default attendance. */
export function loadSession(db: Db, code: BodyCode, date: string): Session {
  const body = findBody(db, code);
  const row =
    body === null
      ? undefined
      : (db.prepare('SELECT * FROM sessions WHERE body_id = ? AND date = ?').get(body.id, date) as SessionRow | undefined);
  if (body === null || row === undefined) {
    throw sessionNotFound(code, date);
  }
  return toSession(db, row, body);
}

export function loadSessionById(db: Db, id: number): Session {
  const row = db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
  if (row === undefined) throw new AppError('not_found', `Séance n° ${id} introuvable.`, 'session');
  return toSession(db, row, getBodyById(db, row.body_id));
}

function toSession(db: Db, row: SessionRow, body: Body): Session {
  const members = db
    .prepare(
      `SELECT sm.member_id, m.civility, m.first_name, m.last_name, sm.quality, sm.precedence, sm.status, sm.holder_id, sm.proxy_position
       FROM session_members sm JOIN members m ON m.id = sm.member_id
       WHERE sm.session_id = ? ORDER BY m.last_name, m.first_name`,
    )
    .all(row.id) as SessionMemberRow[];
  const recueil = db.prepare('SELECT * FROM recueils WHERE session_id = ?').get(row.id) as RecueilRow | undefined;
  const entries = members.map((r) => ({ memberId: r.member_id, status: r.status, holderId: r.holder_id, position: r.proxy_position }));
  return {
    id: row.id,
    body,
    date: row.date,
    time: row.time,
    place: row.place,
    presidentId: row.president_id,
    certifier: { formula: row.certifier_formula, quality: row.certifier_quality, name: row.certifier_name },
    roster: members.map((r) => ({
      id: r.member_id,
      civility: r.civility,
      firstName: r.first_name,
      lastName: r.last_name,
      quality: r.quality,
      precedence: r.precedence,
    })),
    defaults: [
      ...entries.filter((e) => e.position === null),
      ...entries.filter((e) => e.position !== null).sort((a, b) => (a.position ?? 0) - (b.position ?? 0)),
    ].map(({ memberId, status, holderId }) => ({ memberId, status, holderId })),
    recueil:
      recueil === undefined
        ? null
        : {
            title: recueil.title,
            year: recueil.year,
            number: recueil.number,
            publicationDate: recueil.publication_date,
            section: recueil.section,
            backCover: JSON.parse(recueil.back_cover) as string[],
          },
  };
}

export function listSessions(db: Db): SessionSummary[] {
  return db
    .prepare(
      `SELECT s.id, b.code AS body, s.date, (SELECT count(*) FROM acts a WHERE a.session_id = s.id) AS acts,
         (SELECT count(*) FROM session_members sm WHERE sm.session_id = s.id) AS membersInOffice
       FROM sessions s JOIN bodies b ON b.id = s.body_id ORDER BY s.date, b.code`,
    )
    .all() as SessionSummary[];
}

/** The sessions of a year, by date then body, read one at a time. */
export function sessionsOfYear(db: Db, year: number): IterableIterator<{ id: number }> {
  return db
    .prepare(`SELECT s.id FROM sessions s JOIN bodies b ON b.id = s.body_id WHERE s.date BETWEEN ? AND ? ORDER BY s.date, b.code`)
    .iterate(`${year}-01-01`, `${year}-12-31`) as IterableIterator<{ id: number }>;
}

/** The latest session (by date, then body), its body and the highest act number it used; undefined in an empty register. */
export function latestSessionNumbers(db: Db): { date: string; code: BodyCode; series: string; last: number | null } | undefined {
  return db
    .prepare(
      `SELECT s.date, b.code, b.series, (SELECT max(number) FROM act_numbers_used u WHERE u.session_id = s.id) AS last
       FROM sessions s JOIN bodies b ON b.id = s.body_id ORDER BY s.date DESC, b.code DESC LIMIT 1`,
    )
    .get() as { date: string; code: BodyCode; series: string; last: number | null } | undefined;
}

/** The certifier of the body's latest session, or undefined when the body has none. */
export function latestCertifier(db: Db, body: BodyCode): Certifier | undefined {
  return db
    .prepare(
      `SELECT certifier_formula AS formula, certifier_quality AS quality, certifier_name AS name
       FROM sessions s JOIN bodies b ON b.id = s.body_id WHERE b.code = ? ORDER BY s.date DESC LIMIT 1`,
    )
    .get(body) as Certifier | undefined;
}

/** Whether the body already has a session on that date. */
export function sessionExists(db: Db, bodyId: number, date: string): boolean {
  return db.prepare('SELECT 1 FROM sessions WHERE body_id = ? AND date = ?').get(bodyId, date) !== undefined;
}

/** Rewrites a session's date, time, place, président and certification. */
export function updateSessionDetails(
  db: Db,
  id: number,
  d: { date: string; time: string; place: string; presidentId: number; certifier: Certifier },
): void {
  db.prepare(
    'UPDATE sessions SET date = ?, time = ?, place = ?, president_id = ?, certifier_formula = ?, certifier_quality = ?, certifier_name = ? WHERE id = ?',
  ).run(d.date, d.time, d.place, d.presidentId, d.certifier.formula, d.certifier.quality, d.certifier.name, id);
}

/** Deletes a session without acts and its members' attendance. */
export function deleteSessionRow(db: Db, id: number): void {
  db.prepare('DELETE FROM session_members WHERE session_id = ?').run(id);
  db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
}

export function deleteRecueil(db: Db, sessionId: number): void {
  db.prepare('DELETE FROM recueils WHERE session_id = ?').run(sessionId);
}
