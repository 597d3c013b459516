import { userInfo } from 'node:os';
import type { JournalEntryView, JournalFilter } from '../../../shared/contract/channels/register';
import type { BodyCode } from '../../../shared/domain/body';
import { validationError } from '../../../shared/domain/errors';
import { listName } from '../../../shared/domain/member';
import type { Outcome } from '../../../shared/domain/outcome';
import { parseActNumber } from '../../../shared/rules/numbering';
import { outcomeText } from '../../../shared/rules/vote';
import type { Db } from '../../db/open';
import { isShared } from '../../db/register';
import { findActId } from '../../db/repositories/acts';
import type { JournalRow } from '../../db/repositories/journal';
import type { JournalScope } from '../../db/repositories/journal';
import {
  actJournalRows,
  dropJournalRowTriggers,
  insertJournalEntry,
  iterateJournalRows,
  journalRows,
  memberNameParts,
  recreateTriggers,
  sessionIdOn,
  setJournalContextAuthor,
} from '../../db/repositories/journal';
import { actNotFound } from '../../db/repositories/session-acts';
import { sessionNotFound } from '../../db/repositories/sessions';

/*
 * The journal of changes (migration 0007): SQL triggers write it for every change to attendance,
 * procurations, votes, numbers, references, dates, presiding members and signatures. This module
 * names who works, writes the few entries no trigger can (an import's summary, a restoration),
 * and reads the journal back.
 */

/** The OS user running the app: the app has no login, the journal says which account changed what. */
export function osUser(): string {
  try {
    const name = userInfo().username.trim();
    if (name !== '') return name;
  } catch {
    // No passwd entry (some containers): fall back on the environment.
  }
  return (process.env.USER ?? process.env.USERNAME ?? '').trim() || 'inconnu';
}

/** Who the following changes are by, until the next call (written at every open of the register). */
export function setJournalAuthor(db: Db, author: string): void {
  setJournalContextAuthor(db, author.trim() || 'inconnu');
}

/** The row triggers set aside by `startBulk`, to be put back by `endBulk`. */
export interface BulkJournal {
  triggers: string[];
}

/**
 * Sets the journal's row triggers aside for the rest of the CURRENT transaction: a session import
 * would otherwise write one entry per member and per act, and compile a trigger program into each
 * of its statements. The triggers are dropped here and recreated, exactly as they were, by
 * `endBulk`, which also writes the one summary entry. SQLite's DDL is transactional: no other
 * connection ever sees the triggers missing, and a failed import rolls them back with the rest.
 * `only` names the triggers to set aside when the caller knows which ones its writes fire: each
 * one dropped and recreated costs a schema change, paid at every import.
 */
export function startBulk(db: Db, only?: readonly string[]): BulkJournal {
  if (!db.inTransaction) throw new Error('startBulk : hors transaction, le journal perdrait ses déclencheurs.');
  // A shared register never sets its journal aside (another client could write meanwhile unjournaled):
  // its triggers journal each row of the import, and the summary entry follows.
  if (isShared(db)) return { triggers: [] };
  return { triggers: dropJournalRowTriggers(db, only) };
}

/** Puts back the row triggers set aside by `startBulk`, with no summary entry. */
export function restoreBulk(db: Db, bulk: BulkJournal): void {
  recreateTriggers(db, bulk.triggers);
}

export function endBulk(db: Db, bulk: BulkJournal, summary: { sessionId: number; subject: 'import'; after: string }): void {
  restoreBulk(db, bulk);
  recordEntry(db, { sessionId: summary.sessionId, subject: summary.subject, before: null, after: summary.after });
}

/** An entry no trigger writes (an import's summary, a restoration). */
export function recordEntry(db: Db, e: { sessionId: number | null; subject: 'import' | 'restauration'; before: string | null; after: string }): void {
  insertJournalEntry(db, e);
}

/**
 * Entries as the secretary reads them: the triggers keep a vote as its JSON (what the register
 * holds), shown here as the sentence the extract prints, public-ballot names included.
 */
function entryView(db: Db): (r: JournalRow) => JournalEntryView {
  const names = new Map(memberNameParts(db).map((m) => [m.id, listName(m)]));
  const vote = (json: string | null) => {
    if (json === null) return null;
    try {
      return outcomeText(JSON.parse(json) as Outcome, (id) => names.get(id) ?? `l'élu n° ${id}`);
    } catch {
      return json;
    }
  };
  return (r) => ({
    id: r.id,
    at: r.at,
    author: r.author,
    body: r.body,
    sessionDate: r.session_date,
    act: r.act,
    subject: r.subject,
    before: r.subject === 'vote' ? vote(r.before) : r.before,
    after: r.subject === 'vote' ? vote(r.after) : r.after,
  });
}

function sessionId(db: Db, body: BodyCode, date: string): number {
  const id = sessionIdOn(db, body, date);
  if (id === undefined) throw sessionNotFound(body, date, 'date');
  return id;
}

/** The entries of one act, newest first (its number may have changed since: the act is followed by its id). */
export function actJournal(db: Db, body: BodyCode, date: string, act: string): JournalEntryView[] {
  sessionId(db, body, date);
  const id = findActId(db, body, date, parseActNumber(act).value);
  if (id === null) throw actNotFound(act, date);
  return actJournalRows(db, id).map(entryView(db));
}

/** The entries of one session (its acts included), or of the whole register; newest first. */
export function sessionJournal(db: Db, where?: { body: BodyCode; date: string }): JournalEntryView[] {
  return journalRows(db, where === undefined ? undefined : sessionId(db, where.body, where.date)).map(entryView(db));
}

/** The scope of a filter (a session, one of its acts, or the whole register), its combination checked. */
function filterScope(db: Db, f: JournalFilter): JournalScope {
  if ((f.body === undefined) !== (f.date === undefined)) {
    throw validationError("Précisez l'organe et la date de la séance, ou aucun des deux (tout le journal).", f.body === undefined ? 'body' : 'date');
  }
  if (f.act !== undefined && f.body === undefined) throw validationError("Acte : choisissez d'abord sa séance.", 'act');
  if (f.from !== undefined && f.to !== undefined && f.to < f.from) {
    throw validationError(`Période : le dernier jour (${f.to}) est avant le premier (${f.from}).`, 'to');
  }
  if (f.body === undefined || f.date === undefined) return null;
  const session = sessionId(db, f.body, f.date);
  if (f.act === undefined) return { sessionId: session };
  const id = findActId(db, f.body, f.date, parseActNumber(f.act).value);
  if (id === null) throw actNotFound(f.act, f.date);
  return { actId: id };
}

/** Whether an entry matches the author, the kind of change and the days (UTC) asked for. */
const matches = (f: JournalFilter) => (e: JournalEntryView) =>
  (f.author === undefined || e.author === f.author) &&
  (f.subject === undefined || e.subject === f.subject) &&
  (f.from === undefined || e.at.slice(0, 10) >= f.from) &&
  (f.to === undefined || e.at.slice(0, 10) <= f.to);

/**
 * The entries the journal screen shows: those of a session (of one of its acts) or of the whole
 * register — as `registre journal --seance … --acte …` lists them —, kept when they match the
 * author, the kind of change and the days (UTC) asked for.
 */
export function searchJournal(db: Db, f: JournalFilter): JournalEntryView[] {
  const scope = filterScope(db, f);
  const rows = scope !== null && 'actId' in scope ? actJournalRows(db, scope.actId) : journalRows(db, scope?.sessionId);
  return rows.map(entryView(db)).filter(matches(f));
}

const CSV_HEADERS = ['Quand (UTC)', 'Qui', 'Organe', 'Séance', 'Acte', 'Quoi', 'Avant', 'Après'];

const csvField = (v: string | null) => {
  const s = v ?? '';
  return /[;"\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

const csvLine = (e: JournalEntryView) => [e.at, e.author, e.body, e.sessionDate, e.act, e.subject, e.before, e.after].map(csvField).join(';');

/**
 * The entries `f` selects (as searchJournal), oldest first, as a CSV for a spreadsheet — UTF-8
 * with BOM, « ; », French headers —, in parts as the rows are read: the journal of years of
 * register is never held whole. `written.entries` counts the entries once the parts are read.
 */
export function journalCsvParts(db: Db, f: JournalFilter): { parts: Iterable<string>; written: { entries: number } } {
  const scope = filterScope(db, f);
  const written = { entries: 0 };
  const view = entryView(db);
  const keep = matches(f);
  function* parts(): Generator<string> {
    yield `\uFEFF${CSV_HEADERS.join(';')}\r\n`;
    for (const row of iterateJournalRows(db, scope)) {
      const entry = view(row);
      if (!keep(entry)) continue;
      written.entries += 1;
      yield `${csvLine(entry)}\r\n`;
    }
  }
  return { parts: parts(), written };
}

/** The same CSV whole, for the screen's download (its bytes cross the contract in one reply). */
export function journalCsv(db: Db, f: JournalFilter): { bytes: Buffer; entries: number } {
  const { parts, written } = journalCsvParts(db, f);
  const bytes = Buffer.from([...parts].join(''), 'utf8');
  return { bytes, entries: written.entries };
}
