import { AppError, pointedAt, validationError } from '../../../shared/domain/errors';
import { checkSessionDate, checkVoteHeld } from '../../../shared/rules/session-date';
import { describeIssues } from '../../../shared/contract/zod-fr';
import type { SessionFileAct } from '../../../shared/session-file/schema';
import { sessionFileSchema } from '../../../shared/session-file/schema';
import { recordedDatesIssues } from '../../../shared/rules/chronology';
import { parseJsonText } from '../../../shared/rules/json-text';
import { isoDateOf, longDate, parseIsoDate } from '../../../shared/rules/french-dates';
import { parseActNumber } from '../../../shared/rules/numbering';
import { unprintableActText } from '../../../shared/rules/printable-glyphs';
import { printableCodePoints } from '../../../templates/render/printable-characters';
import type { Db } from '../../db/open';
import { asSqlite } from '../../db/register';
import { findActId, insertAct, setExecutoryDate, setTransmissionDate } from '../../db/repositories/acts';
import { keepImportedActTemplates } from '../documents/issued-templates';
import { importConventions } from '../documents/conventions';
import { bodyNameWithSeries, countBodySessions, ensureBody, findBody, setBodySeries } from '../../db/repositories/bodies';
import { ensureCollectivity } from '../../db/repositories/collectivity';
import { ensureMandate } from '../../db/repositories/mandates';
import { ensureMember } from '../../db/repositories/members';
import { insertRecueil, insertSession } from '../../db/repositories/sessions';
import { updateSubject } from '../../db/repositories/legality';
import { activeClassification, findSubject } from '../ctes/ctes-classification';
import { internalNumberAllocator } from '../ctes/internal-numbers';
import { endBulk, recordEntry, restoreBulk, startBulk } from '../journal/journal';
import type { SessionPlan } from '../../../shared/session-file/plan';
import { planSession } from '../../../shared/session-file/plan';
import type { Body } from '../../../shared/domain/session';
import { counted } from '../../../shared/rules/plural';

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
  /** The series letter the body took from the file (it had no session yet), or null when it kept its own. */
  seriesTaken: string | null;
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
  const checked = checkSessionFile(json, now);
  return db.transaction((): ImportReport => {
    // One journal entry for the whole session, not one per member and per act (see startBulk).
    const bulk = startBulk(db, IMPORT_ROW_TRIGGERS);
    const report = writeSession(db, checked, conventions);
    endBulk(db, bulk, summaryOf(report));
    return report;
  })();
}

/** A session file the user chose: its name, as the messages give it, and its text. */
export interface SessionFileText {
  name: string;
  text: string;
}

/**
 * Imports several session files (e.g. the years of a register kept elsewhere) in one transaction:
 * all of them or none. Each is read, checked and written in turn, as `importSessionText` does, and
 * gets its own journal entry; the journal's triggers are set aside once for all, not once a file
 * (each time is a schema change, which recompiles every statement), and the register is synced to
 * disk once. A refusal names the file and leaves the register as it was.
 */
export function importSessionTexts(db: Db, files: Iterable<SessionFileText>, now: Date = new Date()): ImportReport[] {
  // Years of sessions in one transaction outgrow SQLite's default page cache (2 MB): its pages
  // would be spilled to the WAL and read back. A larger cache for this import only; it does not
  // touch durability (the commit is synced as every other).
  const sqlite = asSqlite(db);
  if (sqlite === null) return importAll(db, files, now);
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = ${IMPORT_CACHE_SIZE}`);
  try {
    return importAll(db, files, now);
  } finally {
    sqlite.pragma(`cache_size = ${cacheSize}`);
  }
}

// In kibibytes when negative, as SQLite reads it: 64 MiB.
const IMPORT_CACHE_SIZE = -65536;

function importAll(db: Db, files: Iterable<SessionFileText>, now: Date): ImportReport[] {
  return db.transaction((): ImportReport[] => {
    const bulk = startBulk(db, IMPORT_ROW_TRIGGERS);
    const reports: ImportReport[] = [];
    // Iterated, not mapped: a caller reading the files as they come keeps one text at a time.
    for (const { name, text } of files) {
      try {
        const report = writeSession(db, checkSessionFile(parseJsonText(text, 'Le fichier'), now));
        recordEntry(db, { ...summaryOf(report), before: null });
        reports.push(report);
      } catch (e) {
        if (e instanceof AppError) throw new AppError(e.type, `« ${name} » : ${e.message}`, e.field);
        throw e;
      }
    }
    restoreBulk(db, bulk);
    return reports;
  })();
}

type CheckedSessionFile = ReturnType<typeof checkSessionFile>;

/**
 * The file's content validated (shape, real dates, the chronology of its recorded dates, texts the
 * PDF's font can print) and planned.
 */
function checkSessionFile(json: unknown, now: Date) {
  const parsed = sessionFileSchema.safeParse(json);
  if (!parsed.success) throw validationError(`Fichier de séance invalide — ${describeIssues(parsed.error)}`);
  const file = parsed.data;
  // Today is read once for the file, not once for each of its acts.
  const today = isoDateOf(now);
  checkDates(file, today);
  const plan = planSession(file);
  plan.acts.forEach((act, i) => {
    const number = file.acts[i]?.number ?? `acts[${i}]`;
    pointedAt(`acts[${i}].vote`, () => checkVoteHeld(act.outcome, plan.session.date, today), { prefix: number, replace: true });
    const unprintable = unprintableActText(act, printableCodePoints());
    if (unprintable !== null) throw validationError(`${number} : ${unprintable.message}`, `acts[${i}].${unprintable.field}`);
  });
  return { file, plan };
}

const summaryOf = (report: ImportReport) => ({
  sessionId: report.sessionId,
  subject: 'import' as const,
  after: `séance importée : ${counted(report.acts, 'acte', 'actes')}, ${counted(report.members, 'membre', 'membres')}`,
});

/** Writes a checked session file; the caller holds the transaction and has set the journal's triggers aside. */
function writeSession(db: Db, { file, plan }: CheckedSessionFile, conventions?: unknown): ImportReport {
  ensureCollectivity(db, plan.collectivity);
  const before = findBody(db, plan.body.code)?.series ?? null;
  const body = bodyWithSeries(db, plan);
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
  const transmitted: [number, string][] = [];
  const left: number[] = [];
  file.acts.forEach((fileAct, index) => {
    const act = plan.acts[index];
    if (act === undefined) return;
    const actId = insertAct(
      db,
      {
        ...act,
        executoryDate: null,
        internalId: internalNumber(act),
        sessionId,
        presidingId: idOrNull(act.presidingId),
        changes: act.changes.map((c) => ({ ...c, memberId: id(c.memberId), holderId: idOrNull(c.holderId) })),
      },
      correctedAct(db, fileAct),
    );
    if (act.transmissionDate !== null) transmitted.push([actId, act.transmissionDate]);
    if (act.transmissionDate !== null || act.legalityReceptionDate !== null || act.executoryDate !== null) left.push(actId);
    // An executory act may still receive its missing matière (migration 0003): written after the act.
    if (fileAct.subject !== undefined && classification !== null) {
      findSubject(classification, fileAct.subject, fileAct.number);
      updateSubject(db, actId, fileAct.subject, classification.date);
    }
    if (act.executoryDate !== null) executory.push([actId, act.executoryDate]);
  });
  const annexed = conventions === undefined ? [] : importConventions(db, conventions).numbers;
  // Its templates kept before it leaves: then the seal of issued templates holds (migration 0012).
  keepImportedActTemplates(db, left);
  for (const [actId, date] of transmitted) setTransmissionDate(db, actId, date);
  for (const [actId, date] of executory) setExecutoryDate(db, actId, date);
  return {
    sessionId,
    body: body.code,
    date: plan.session.date,
    acts: plan.acts.length,
    members: plan.session.roster.length,
    conventions: annexed,
    seriesTaken: before !== null && before !== body.series ? body.series : null,
  };
}

/**
 * The body the session goes into, numbering its acts with the file's series letter. A body without
 * any session yet (a register just made by `registre init`, or set up but still empty) takes the
 * file's letter; one that already has sessions keeps its own, printed on its acts.
 */
function bodyWithSeries(db: Db, plan: SessionPlan): Body {
  const series = plan.session.body.series;
  const existing = findBody(db, plan.body.code);
  const other = bodyNameWithSeries(db, series, plan.body.code);
  if (existing?.series === series) return existing;
  if (other !== undefined) {
    throw new AppError('conflict', `Les actes du fichier sont de la série ${series}, lettre de l'organe « ${other} » dans ce registre : chaque organe a sa lettre.`, 'series');
  }
  if (existing === null) return ensureBody(db, plan.body.code, plan.body.name, series);
  const sessions = countBodySessions(db, existing.id);
  if (sessions > 0) {
    throw new AppError(
      'conflict',
      `Les actes de ${existing.name} sont de la série ${existing.series} dans ce registre (${counted(sessions, 'séance', 'séances')}), ` +
        `ceux du fichier de la série ${series} : la lettre d'un organe qui a déjà des séances ne change plus, ses actes l'impriment.`,
      'series',
    );
  }
  setBodySeries(db, existing.id, series);
  return { ...existing, series };
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
