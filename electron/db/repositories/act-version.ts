import { TEXT_CHANGED, textChanged } from '../../../shared/rules/text-edits';
import type { Db } from '../open';
import { statement } from '../statements';
import { journalAuthor } from './journal';

/*
 * An act's version, for two secretaries editing the same act: the id of the newest journal entry
 * about what the editor saves — its vote (the trigger of migration 0007) and its text (written
 * below by the save, since no trigger journals the text). Entries the editor's own screen causes
 * beside its text (nature, annex files, legality dates, attendance) do not count: a secretary
 * choosing the nature of the act she is typing must not find her own next save refused.
 */

const EDITED = `act_id = ? AND (subject = 'vote' OR (subject = 'acte' AND after LIKE '${TEXT_CHANGED}%'))`;

/** The act's version: the id of the newest entry about its text or vote; 0 when none. */
export function actVersion(db: Db, actId: number): number {
  return (statement(db, `SELECT coalesce(max(id), 0) FROM journal WHERE ${EDITED}`, { pluck: true }).get(actId) as number | null) ?? 0;
}

/** Who changed the act's text or vote after version `version`, and when (the newest such entry); null if nobody did. */
export function actChangeSince(db: Db, actId: number, version: number): { author: string; at: string } | null {
  const row = statement(db, `SELECT author, at FROM journal WHERE ${EDITED} AND id > ? ORDER BY id DESC LIMIT 1`).get(actId, version) as
    | { author: string; at: string }
    | undefined;
  return row ?? null;
}

/** Journals a change of the act's text by the current author, naming the fields changed (« texte modifié : objet, décisions »). */
export function journalActText(db: Db, actId: number, fields: readonly string[]): void {
  statement(
    db,
    `INSERT INTO journal (author, session_id, body, session_date, act_id, act, subject, before, after)
     SELECT ${journalAuthor(db)}, s.id, b.code, s.date, a.id, b.series || a.number, 'acte', NULL, ?
     FROM acts a JOIN sessions s ON s.id = a.session_id JOIN bodies b ON b.id = s.body_id WHERE a.id = ?`,
  ).run(textChanged(fields), actId);
}
