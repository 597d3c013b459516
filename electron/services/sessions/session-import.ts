import { AppError, pointedAt, validationError } from '../../../shared/domain/errors';
import { checkSessionDate, checkVoteHeld } from '../../../shared/rules/session-date';
import { describeIssues } from '../../../shared/contract/zod-fr';
import type { SessionFileAct } from '../../../shared/session-file/schema';
import { sessionFileSchema } from '../../../shared/session-file/schema';
import { recordedDatesIssues } from '../../../shared/rules/chronology';
import { parseJsonText } from '../../../shared/rules/json-text';
import { isoDateOf, longDate, parseIsoDate } from '../../../shared/rules/french-dates';
import { parseActNumber } from '../../../shared/rules/numbering';
import type { Db } from '../../db/open';
import { findActId, insertAct, setExecutoryDate } from '../../db/repositories/acts';
import { keepImportedActTemplates } from '../documents/issued-templates';
import { ensureBody } from '../../db/repositories/bodies';
import { ensureCollectivity } from '../../db/repositories/collectivity';
import { ensureMandate } from '../../db/repositories/mandates';
import { ensureMember } from '../../db/repositories/members';
import { insertRecueil, insertSession } from '../../db/repositories/sessions';
import { updateSubject } from '../../db/repositories/legality';
import { activeClassification, findSubject } from '../ctes/ctes-classification';
import { internalNumberAllocator } from '../ctes/internal-numbers';
import { endBulk, startBulk } from '../journal/journal';
import { importConventions } from '../documents/conventions';
import { planSession } from '../../../shared/session-file/plan';

/**
 * The journal's row triggers (migration 0007) an import's writes fire: a session, its roster, its
 * acts, their attendance changes, an executory date written after them. Only these are set aside.
 */
const IMPORT_ROW_TRIGGERS = [
  'journal_row_session_insert',
  'journal_row_session_member_insert',
  'journal_row_act_insert',
  'journal_row_act_attendance_insert',
  'journal_row_act_dates',
];

export interface ImportReport {
  sessionId: number;
  body: string;
  date: string;
  acts: number;
  members: number;
  /** The conventions imported with the session, by number. */
  conventions: string[];
}

/**
 * Imports a session file (its text) into the register: everything or nothing.
 * Malformed JSON, a field of the wrong form or a broken rule is refused with a French message
 * naming the act, the member and the rule, and the register is left exactly as it was.
 */
export function importSessionText(db: Db, text: string, conventions?: unknown): ImportReport {
  return importSession(db, parseJsonText(text, 'Le fichier'), undefined, conventions);
}

/**
 * `conventions`, a conventions file (see importConventions) for this session, is imported in the
 * same transaction, once the acts are written and before their executory dates: a convention is
 * annexed to an act while it is prepared, and an executory act takes none (migration 0014). This is
 * how a session that is already executory comes in with its conventions (the demo, an archive).
 */
export function importSession(db: Db, json: unknown, now: Date = new Date(), conventions?: unknown): ImportReport {
  const parsed = sessionFileSchema.safeParse(json);
  if (!parsed.success) throw validationError(`Fichier de séance invalide — ${describeIssues(parsed.error)}`);
  const file = parsed.data;
  checkDates(file, isoDateOf(now));
  const plan = planSession(file);
  plan.acts.forEach((act, i) =>
    pointedAt(`acts[${i}].vote`, () => checkVoteHeld(act.outcome, plan.session.date, isoDateOf(now)), { prefix: file.acts[i]?.number ?? `acts[${i}]`, replace: true }),
  );

  return db.transaction((): ImportReport => {
    // One journal entry for the whole session, not one per member and per act (see startBulk).
    const bulk = startBulk(db, IMPORT_ROW_TRIGGERS);
    ensureCollectivity(db, plan.collectivity);
    const body = ensureBody(db, plan.body.code, plan.body.name);
    if (body.series !== plan.session.body.series) {
      throw new AppError('conflict', `Les actes de ${body.name} sont de la série ${body.series} dans ce registre.`, 'acts');
    }
    const ids = new Map<number, number>();
    for (const m of plan.session.roster) {
      const id = ensureMember(db, m);
      ensureMandate(db, id, body.id, plan.session.date, m);
      ids.set(m.id, id);
    }
    const id = (provisional: number): number => ids.get(provisional) ?? provisional;
    const idOrNull = (provisional: number | null) => (provisional === null ? null : id(provisional));
    const sessionId = insertSession(db, {
      ...plan.session,
      body,
      presidentId: id(plan.session.presidentId),
      roster: plan.session.roster.map((m) => ({ ...m, id: id(m.id) })),
      defaults: plan.session.defaults.map((e) => ({ ...e, memberId: id(e.memberId), holderId: idOrNull(e.holderId) })),
    });
    if (plan.recueil !== null) insertRecueil(db, sessionId, plan.recueil);
    const internalNumber = internalNumberAllocator(db, plan.collectivity, body.code, body.series, plan.session.date);
    const classification = file.acts.some((a) => a.subject !== undefined) ? activeClassification(db) : null;
    const executory: [number, string][] = [];
    const left: number[] = [];
    file.acts.forEach((fileAct, index) => {
      const act = plan.acts[index];
      if (act === undefined) return;
      const actId = insertAct(db, {
        ...act,
        executoryDate: null,
        internalId: internalNumber(act),
        sessionId,
        presidingId: idOrNull(act.presidingId),
        changes: act.changes.map((c) => ({ ...c, memberId: id(c.memberId), holderId: idOrNull(c.holderId) })),
      }, correctedAct(db, fileAct));
      if (act.legalityReceptionDate !== null || act.executoryDate !== null) left.push(actId);
      // An executory act may still receive its missing matière (migration 0003): written after the act.
      if (fileAct.subject !== undefined && classification !== null) {
        findSubject(classification, fileAct.subject, fileAct.number);
        updateSubject(db, actId, fileAct.subject, classification.date);
      }
      if (act.executoryDate !== null) executory.push([actId, act.executoryDate]);
    });
    const annexed = conventions === undefined ? [] : importConventions(db, conventions).numbers;
    for (const [actId, date] of executory) setExecutoryDate(db, actId, date);
    keepImportedActTemplates(db, left);
    endBulk(db, bulk, { sessionId, subject: 'import', after: `séance importée : ${plan.acts.length} actes, ${plan.session.roster.length} membres` });
    return { sessionId, body: body.code, date: plan.session.date, acts: plan.acts.length, members: plan.session.roster.length, conventions: annexed };
  })();
}

/** The register's id of the act an imported act corrects; refused when the register does not have it. */
function correctedAct(db: Db, act: SessionFileAct): number | null {
  if (act.corrects === undefined) return null;
  const { body, date, number } = act.corrects;
  const found = findActId(db, body, date, parseActNumber(number).value);
  if (found === null) {
    throw new AppError('not_found', `${act.number} corrige l'acte ${number} du ${longDate(date)} (${body}), absent du registre.`, 'corrects');
  }
  return found;
}

/** Dates must be real calendar days, not only of the right shape. */
function checkDates(file: ReturnType<typeof sessionFileSchema.parse>, today: string): void {
  const check = (value: string | null | undefined, field: string) => {
    if (value == null) return;
    try {
      parseIsoDate(value, field);
    } catch (e) {
      throw validationError(`${field} : ${(e as Error).message}`, field);
    }
  };
  check(file.session.date, 'session.date');
  // The same rules as the screen: a session a year ahead is a mistyped year; no vote before the session.
  pointedAt('session.date', () => checkSessionDate(file.session.date, today, 'session.date'), { prefix: 'session.date' });
  check(file.recueil?.publicationDate, 'recueil.publicationDate');
  file.acts.forEach((a, i) => {
    check(a.legalityReceptionDate, `acts[${i}].legalityReceptionDate (${a.number})`);
    check(a.executoryDate, `acts[${i}].executoryDate (${a.number})`);
    check(a.onlineDate, `acts[${i}].onlineDate (${a.number})`);
    // The same rules as `registre dates` and the editor: the session file is one more door.
    const [issue] = recordedDatesIssues(
      { decisionDate: file.session.date, legalityReceptionDate: a.legalityReceptionDate, onlineDate: a.onlineDate, executoryDate: a.executoryDate },
      today,
    );
    if (issue !== undefined) {
      const field = `acts[${i}].${issue.field ?? 'dates'} (${a.number})`;
      throw validationError(`${field} : ${issue.message}`, field);
    }
  });
}
