import type { ActEntry } from '../../../shared/domain/attendance';
import type { Outcome } from '../../../shared/domain/outcome';
import type { Act, Annex } from '../../../shared/domain/session';
import type { Db } from '../open';
import { statement } from '../statements';
import type { ActAttendanceRow, ActRow } from '../rows';

export type NewAct = Omit<Act, 'id'>;

/**
 * Inserts an act and its attendance changes; member ids must be the register's. `correctsActId`
 * names the act this one corrects (an executory act is never edited: it is corrected by a new act).
 */
export function insertAct(db: Db, a: NewAct, correctsActId: number | null = null): number {
  const id = Number(
    statement(
      db,
      `INSERT INTO acts (session_id, number, object, service_code_lines, examination_sentence, presiding_id, visas,
           considerants, decisions, decision_notes, outcome, annexes, internal_id, nature, legality_reception_date,
           executory_date, online_date, corrects_act_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
        a.sessionId,
        a.number,
        a.object,
        JSON.stringify(a.serviceCodeLines),
        a.examinationSentence,
        a.presidingId,
        JSON.stringify(a.visas),
        JSON.stringify(a.considerants),
        JSON.stringify(a.decisions),
        JSON.stringify(a.decisionNotes),
        JSON.stringify(a.outcome),
        JSON.stringify(a.annexes),
        a.internalId,
        a.nature,
        a.legalityReceptionDate,
        // Set after the attendance rows: an executory act is locked (migration 0003).
        null,
        a.onlineDate,
        correctsActId,
      ).lastInsertRowid,
  );
  const insert = statement(
    db,
    'INSERT INTO act_attendance (act_id, member_id, status, holder_id, basis, reason, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  a.changes.forEach((c, position) => insert.run(id, c.memberId, c.status, c.holderId, c.basis, c.reason, position));
  if (a.executoryDate !== null) setExecutoryDate(db, id, a.executoryDate);
  return id;
}

/** Makes an act executory on `date`, which seals it and what it prints (migrations 0003, 0008, 0014). */
export function setExecutoryDate(db: Db, actId: number, date: string): void {
  statement(db, 'UPDATE acts SET executory_date = ? WHERE id = ?').run(date, actId);
}

/** Records when an act was sent to the préfecture (an imported act, before it is made executory). */
export function setTransmissionDate(db: Db, actId: number, date: string): void {
  statement(db, 'UPDATE acts SET transmission_date = ? WHERE id = ?').run(date, actId);
}

/** Whether an act is executory or signed: sealed, with everything it prints. */
export function actSealed(db: Db, actId: number): boolean {
  return (
    statement(
      db,
      'SELECT 1 FROM acts WHERE id = ? AND (executory_date IS NOT NULL OR EXISTS (SELECT 1 FROM signatures WHERE act_id = acts.id))',
    ).get(actId) !== undefined
  );
}

/** Writes what the secretary edits of an act: its text, its vote and its annexes. */
export function updateActText(db: Db, a: Act): void {
  db.prepare(
    `UPDATE acts SET object = ?, service_code_lines = ?, examination_sentence = ?, visas = ?, considerants = ?, decisions = ?,
       decision_notes = ?, outcome = ?, annexes = ? WHERE id = ?`,
  ).run(
    a.object,
    JSON.stringify(a.serviceCodeLines),
    a.examinationSentence,
    JSON.stringify(a.visas),
    JSON.stringify(a.considerants),
    JSON.stringify(a.decisions),
    JSON.stringify(a.decisionNotes),
    JSON.stringify(a.outcome),
    JSON.stringify(a.annexes),
    a.id,
  );
}

/** The id of act `number` of the body's session on `date`, or null. */
export function findActId(db: Db, body: string, date: string, number: number): number | null {
  const id = db
    .prepare('SELECT a.id FROM acts a JOIN sessions s ON s.id = a.session_id JOIN bodies b ON b.id = s.body_id WHERE b.code = ? AND s.date = ? AND a.number = ?')
    .pluck()
    .get(body, date, number) as number | undefined;
  return id ?? null;
}

/** The act that act `actId` corrects, as the session file names it; null when it corrects none. */
export function correctedActOf(db: Db, actId: number): { body: string; date: string; number: string } | null {
  const row = db
    .prepare(
      `SELECT b.code AS body, s.date, b.series || c.number AS number FROM acts a JOIN acts c ON c.id = a.corrects_act_id
       JOIN sessions s ON s.id = c.session_id JOIN bodies b ON b.id = s.body_id WHERE a.id = ?`,
    )
    .get(actId) as { body: string; date: string; number: string } | undefined;
  return row ?? null;
}

const parse = <T>(json: string) => JSON.parse(json) as T;

/** The acts of a session in number order, with their attendance changes. */
export function loadActs(db: Db, sessionId: number): Act[] {
  const rows = db.prepare('SELECT * FROM acts WHERE session_id = ? ORDER BY number').all(sessionId) as ActRow[];
  const changes = db
    .prepare(
      `SELECT aa.* FROM act_attendance aa JOIN acts a ON a.id = aa.act_id WHERE a.session_id = ? ORDER BY aa.act_id, aa.position`,
    )
    .all(sessionId) as ActAttendanceRow[];
  const byAct = new Map<number, ActEntry[]>();
  for (const c of changes) {
    const list = byAct.get(c.act_id) ?? [];
    list.push({ memberId: c.member_id, status: c.status, holderId: c.holder_id, basis: c.basis, reason: c.reason });
    byAct.set(c.act_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    sessionId: r.session_id,
    number: r.number,
    object: r.object,
    serviceCodeLines: parse<string[]>(r.service_code_lines),
    examinationSentence: r.examination_sentence,
    presidingId: r.presiding_id,
    visas: parse<string[]>(r.visas),
    considerants: parse<string[]>(r.considerants),
    decisions: parse<string[]>(r.decisions),
    decisionNotes: parse<string[]>(r.decision_notes),
    outcome: parse<Outcome>(r.outcome),
    annexes: parse<Annex[]>(r.annexes),
    internalId: r.internal_id,
    nature: r.nature,
    legalityReceptionDate: r.legality_reception_date,
    executoryDate: r.executory_date,
    onlineDate: r.online_date,
    changes: byAct.get(r.id) ?? [],
  }));
}

/** An act as a book's tables and bookmarks name it, without its texts. */
export interface ActHeading {
  id: number;
  number: number;
  object: string;
  outcome: Outcome;
}

/** The acts of a session in number order, their numbers, OBJETs and outcomes only. */
export function loadActHeadings(db: Db, sessionId: number): ActHeading[] {
  const rows = db.prepare('SELECT id, number, object, outcome FROM acts WHERE session_id = ? ORDER BY number').all(sessionId) as Pick<
    ActRow,
    'id' | 'number' | 'object' | 'outcome'
  >[];
  return rows.map((r) => ({ id: r.id, number: r.number, object: r.object, outcome: parse<Outcome>(r.outcome) }));
}

/** An act as the annual table by date lists it. */
export interface ActListItem {
  sessionDate: string;
  /** 'G25' */
  number: string;
  object: string;
}

/** The acts of a body whose session falls between two ISO dates (included), by session date then number. */
export function actsBetween(db: Db, body: string, from: string, to: string): ActListItem[] {
  return db
    .prepare(
      `SELECT s.date AS sessionDate, b.series || a.number AS number, a.object
       FROM acts a JOIN sessions s ON s.id = a.session_id JOIN bodies b ON b.id = s.body_id
       WHERE b.code = ? AND s.date BETWEEN ? AND ?
       ORDER BY s.date, a.number`,
    )
    .all(body, from, to) as ActListItem[];
}

/** How many acts a session holds (withdrawn drafts are deleted, so not counted). */
export function countSessionActs(db: Db, sessionId: number): number {
  return db.prepare('SELECT count(*) FROM acts WHERE session_id = ?').pluck().get(sessionId) as number;
}

/** Whether the number was ever given in the session, to an act still there or withdrawn. */
export function isActNumberUsed(db: Db, sessionId: number, number: number): boolean {
  return db.prepare('SELECT 1 FROM act_numbers_used WHERE session_id = ? AND number = ?').get(sessionId, number) !== undefined;
}

/** The highest number ever given in the session, 0 before the first act. */
export function lastActNumberUsed(db: Db, sessionId: number): number {
  return db.prepare('SELECT coalesce(max(number), 0) FROM act_numbers_used WHERE session_id = ?').pluck().get(sessionId) as number;
}

export function setActNumber(db: Db, actId: number, number: number): void {
  db.prepare('UPDATE acts SET number = ? WHERE id = ?').run(number, actId);
}

export function deleteAct(db: Db, actId: number): void {
  db.prepare('DELETE FROM acts WHERE id = ?').run(actId);
}

/** Who presides the act; null for the default (the président, or the first vice-président present). */
export function setActPresiding(db: Db, actId: number, memberId: number | null): void {
  db.prepare('UPDATE acts SET presiding_id = ? WHERE id = ?').run(memberId, actId);
}
