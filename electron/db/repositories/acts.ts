import type { ActEntry } from '../../../shared/domain/attendance';
import type { Outcome } from '../../../shared/domain/outcome';
import type { Act, Annex } from '../../../shared/domain/session';
import type { Db } from '../open';
import type { ActAttendanceRow, ActRow } from '../rows';

export type NewAct = Omit<Act, 'id'>;

/** Inserts an act and its attendance changes; member ids must be the register's. */
export function insertAct(db: Db, a: NewAct): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO acts (session_id, number, object, service_code_lines, examination_sentence, presiding_id, visas,
           considerants, decisions, decision_notes, outcome, annexes, internal_id, nature, legality_reception_date,
           executory_date, online_date)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
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
      ).lastInsertRowid,
  );
  const insert = db.prepare(
    'INSERT INTO act_attendance (act_id, member_id, status, holder_id, basis, reason, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  a.changes.forEach((c, position) => insert.run(id, c.memberId, c.status, c.holderId, c.basis, c.reason, position));
  if (a.executoryDate !== null) db.prepare('UPDATE acts SET executory_date = ? WHERE id = ?').run(a.executoryDate, id);
  return id;
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
