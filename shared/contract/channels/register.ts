import type { BodyCode } from '../../domain/body';
import { act, body, channel, date } from '../channel';

const journalFilter = z.strictObject({
  body: body.optional(),
  date: date.optional(),
  act: act.optional(),
  author: z.string().trim().min(1).max(200).optional(),
  subject: z.string().trim().min(1).max(100).optional(),
  from: date.optional(),
  to: date.optional(),
});
import { z } from '../zod-fr';

/** One entry of the journal of changes, as recorded by the register's triggers. */
export interface JournalEntryView {
  id: number;
  /** UTC ISO instant, e.g. "2026-11-24T09:00:00.000Z". */
  at: string;
  /** The OS user of the session that made the change. */
  author: string;
  body: BodyCode | null;
  sessionDate: string | null;
  /** The act as printed when the change was made ("G25"); null for a session-wide entry. */
  act: string | null;
  /** « présence », « procuration », « vote », « numéro », « référence », « dates », « signature »… */
  subject: string;
  before: string | null;
  after: string | null;
}

/** What the journal screen asks for: a session (or the whole register), an act of it, and filters. */
export interface JournalFilter {
  body?: BodyCode | undefined;
  date?: string | undefined;
  act?: string | undefined;
  /** The OS user who made the change, exactly. */
  author?: string | undefined;
  /** The kind of change, exactly (« présence », « vote », « dates »…). */
  subject?: string | undefined;
  /** First and last day (UTC, AAAA-MM-JJ) of the changes shown, both included. */
  from?: string | undefined;
  to?: string | undefined;
}

/** The journal CSV, as `registre journal --csv` writes it. */
export interface JournalCsvView {
  fileName: string;
  mediaType: string;
  base64: string;
  entries: number;
}

/** A backup of the open register, as the Sauvegardes screen lists it. */
export interface BackupView {
  /** The file name in the register's "sauvegardes" folder: the only way to name a backup. */
  name: string;
  /** UTC ISO instant the backup was made (from its name). */
  date: string;
  /** « quotidienne », « manuelle », « avant-migration », « avant-restauration ». */
  reason: string;
  /** Bytes. */
  size: number;
}

/** What a backup holds, read without changing it. */
export interface BackupPreviewView {
  name: string;
  /** SQLite's integrity check passed. */
  intact: boolean;
  /** The last migration applied to it (0 when unreadable). */
  schemaVersion: number;
  /** Whether this version of the app can restore it (not written by a newer version). */
  restorable: boolean;
  sessions: { body: BodyCode; date: string; acts: number }[];
  /** The latest legality dates of its acts (ISO), null when none. */
  latest: { session: string | null; executory: string | null; reception: string | null; online: string | null };
  journalEntries: number;
}

export interface RestoreView {
  restored: BackupPreviewView;
  /** The backup of the register as it was just before: restoring it undoes the restoration. */
  previous: string;
}

const backupName = z.string().trim().min(1).max(200);

/** The register as a record: its journal of changes, its backups previewed and restored. */
export const REGISTER_CHANNELS = {
  'journal:act': channel<JournalEntryView[]>()('actJournal', z.strictObject({ body, date, act })),
  'journal:session': channel<JournalEntryView[]>()('sessionJournal', z.strictObject({ body: body.optional(), date: date.optional() })),
  'journal:search': channel<JournalEntryView[]>()('searchJournal', journalFilter),
  'journal:csv': channel<JournalCsvView>()('journalCsv', journalFilter),
  'backup:now': channel<BackupView>()('backupNow', z.strictObject({})),
  'backups:list': channel<BackupView[]>()('listBackups', z.strictObject({})),
  'backup:preview': channel<BackupPreviewView>()('previewBackup', z.strictObject({ name: backupName })),
  'backup:restore': channel<RestoreView>()('restoreBackup', z.strictObject({ name: backupName })),
};
