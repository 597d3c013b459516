import type { NatureCode } from '../../../shared/rules/ctes-id';
import type { Db } from '../open';
import { statement } from '../statements';

/** What the legality service and the @ctes bundle need of an act (columns of migration 0003 included). */
export interface ActLegality {
  id: number;
  sessionId: number;
  sessionDate: string;
  series: string;
  number: number;
  object: string;
  internalId: string | null;
  nature: NatureCode;
  transmissionDate: string | null;
  legalityReceptionDate: string | null;
  onlineDate: string | null;
  executoryDate: string | null;
  subjectCode: string | null;
  classificationDate: string | null;
  correctsActId: number | null;
  /** False while the vote is still to come (a draft). */
  voted: boolean;
}

interface ActLegalityRow {
  id: number;
  session_id: number;
  session_date: string;
  series: string;
  number: number;
  object: string;
  internal_id: string | null;
  nature: NatureCode;
  transmission_date: string | null;
  legality_reception_date: string | null;
  online_date: string | null;
  executory_date: string | null;
  subject_code: string | null;
  classification_date: string | null;
  corrects_act_id: number | null;
  pending: 0 | 1;
}

const SELECT = `SELECT a.id, a.session_id, s.date AS session_date, b.series, a.number, a.object, a.internal_id, a.nature,
  a.transmission_date, a.legality_reception_date, a.online_date, a.executory_date, a.subject_code, a.classification_date,
  a.corrects_act_id, json_extract(a.outcome, '$.kind') = 'pending' AS pending
  FROM acts a JOIN sessions s ON s.id = a.session_id JOIN bodies b ON b.id = s.body_id`;

const toDomain = (r: ActLegalityRow): ActLegality => ({
  id: r.id,
  sessionId: r.session_id,
  sessionDate: r.session_date,
  series: r.series,
  number: r.number,
  object: r.object,
  internalId: r.internal_id,
  nature: r.nature,
  transmissionDate: r.transmission_date,
  legalityReceptionDate: r.legality_reception_date,
  onlineDate: r.online_date,
  executoryDate: r.executory_date,
  subjectCode: r.subject_code,
  classificationDate: r.classification_date,
  correctsActId: r.corrects_act_id,
  voted: r.pending !== 1,
});

/** The legality facts of the acts of a session, in number order. */
export function loadSessionLegality(db: Db, sessionId: number): ActLegality[] {
  return (db.prepare(`${SELECT} WHERE a.session_id = ? ORDER BY a.number`).all(sessionId) as ActLegalityRow[]).map(toDomain);
}

/** The acts decided on `date` with this internal number and nature (an IDActe names at most one, normally). */
export function findActsByCtesParts(db: Db, date: string, internalId: string, nature: NatureCode): ActLegality[] {
  return (
    db.prepare(`${SELECT} WHERE s.date = ? AND a.internal_id = ? AND a.nature = ? ORDER BY a.id`).all(date, internalId, nature) as ActLegalityRow[]
  ).map(toDomain);
}

/** Writes the four legality dates of an act. */
export function updateLegalityDates(
  db: Db,
  id: number,
  d: Pick<ActLegality, 'transmissionDate' | 'legalityReceptionDate' | 'onlineDate' | 'executoryDate'>,
): void {
  db.prepare('UPDATE acts SET transmission_date = ?, legality_reception_date = ?, online_date = ?, executory_date = ? WHERE id = ?').run(
    d.transmissionDate,
    d.legalityReceptionDate,
    d.onlineDate,
    d.executoryDate,
    id,
  );
}

/** Writes the @ctes matière of an act and the date of the classification it comes from. */
export function updateSubject(db: Db, id: number, subjectCode: string, classificationDate: string): void {
  statement(db, 'UPDATE acts SET subject_code = ?, classification_date = ? WHERE id = ?').run(subjectCode, classificationDate, id);
}

/** The @ctes matière of an act and the date of the classification it comes from (null when not chosen). */
export function actSubject(db: Db, id: number): { subjectCode: string | null; classificationDate: string | null } {
  const row = db.prepare('SELECT subject_code, classification_date FROM acts WHERE id = ?').get(id) as
    | { subject_code: string | null; classification_date: string | null }
    | undefined;
  return { subjectCode: row?.subject_code ?? null, classificationDate: row?.classification_date ?? null };
}

export function clearSubject(db: Db, id: number): void {
  db.prepare('UPDATE acts SET subject_code = NULL, classification_date = NULL WHERE id = ?').run(id);
}

export function setActNature(db: Db, id: number, nature: NatureCode): void {
  db.prepare('UPDATE acts SET nature = ? WHERE id = ?').run(nature, id);
}

/** The acts of a session in number order, with what their @ctes internal number is made of. */
export function sessionActNatures(db: Db, sessionId: number): { id: number; number: number; nature: NatureCode }[] {
  return db.prepare('SELECT id, number, nature FROM acts WHERE session_id = ? ORDER BY number').all(sessionId) as { id: number; number: number; nature: NatureCode }[];
}

/** Takes their @ctes internal numbers from the acts of a session, before they are given new ones. */
export function clearInternalIds(db: Db, sessionId: number): void {
  db.prepare('UPDATE acts SET internal_id = NULL WHERE session_id = ?').run(sessionId);
}

export function setInternalId(db: Db, id: number, internalId: string): void {
  db.prepare('UPDATE acts SET internal_id = ? WHERE id = ?').run(internalId, id);
}
