import type { BodyCode } from '../../domain/body';
import { act, body, channel, date } from '../channel';
import { z } from '../zod-fr';

import type { SessionSummary } from '../../domain/session';

export type { SessionSummary };

export interface ActCountsView {
  present: number;
  proxies: number;
  excused: number;
  absent: number;
}

export interface QuorumView {
  met: boolean;
  /** As shown to the secretary, e.g. "33 + 3 ≥ 24". */
  figures: string;
  /** The article applied, e.g. "L3121-14-1". */
  article: string;
}

/** One act of a session with its computed attendance verdict. */
export interface ActSummaryView {
  /** As printed, e.g. "G25". */
  number: string;
  object: string;
  counts: ActCountsView;
  quorum: QuorumView;
  presiding: { name: string; quality: string };
  /** "brouillon", "voté", "transmis", "exécutoire", "publié". */
  state: string;
  /** Whether its text, vote and attendance may still change. */
  editable: boolean;
}

export interface SessionActsView {
  body: BodyCode;
  bodyName: string;
  date: string;
  /** "HH:MM". */
  time: string;
  place: string;
  membersInOffice: number;
  acts: ActSummaryView[];
}

/** One act with its four lists, each name as the extract prints it ("M. Jean DUPONT", "X à Y"). */
export interface ActDetailView extends ActSummaryView {
  present: string[];
  proxies: string[];
  excused: string[];
  absent: string[];
}

/** An act found by the search across the register. */
export interface ActSearchHit {
  body: BodyCode;
  date: string;
  /** As printed, e.g. "G25". */
  number: string;
  object: string;
}

/** The register this window works on, as the status bar shows it. */
/**
 * The changes other secretaries made to a shared register: answered as soon as their number differs
 * from `seen` (or after a while, unchanged). A register in a file has no others: `live` false.
 */
export interface RegisterChangesView {
  live: boolean;
  changes: number;
}

export interface RegisterInfoView {
  /** The register's file, or the shared register's address (postgres://utilisateur@hôte:port/base). */
  file: string;
  /** A shared register (PostgreSQL): others may write to it at the same time; no lock. */
  shared: boolean;
}

/** How many acts a search shows at most: beyond, the secretary types one more word. */
export const SEARCH_LIMIT = 50;

/** Reading the register: its sessions, a session's acts, one act, a search across the acts. */
export const READING_CHANNELS = {
  'sessions:list': channel<SessionSummary[]>()('listSessions', z.strictObject({})),
  'session:acts': channel<SessionActsView>()('sessionActs', z.strictObject({ body, date })),
  'act:show': channel<ActDetailView>()('showAct', z.strictObject({ body, date, act })),
  'acts:search': channel<ActSearchHit[]>()('searchActs', z.strictObject({ query: z.string().trim().min(1).max(200) })),
  'register:info': channel<RegisterInfoView>()('registerInfo', z.strictObject({})),
  'register:changes': channel<RegisterChangesView>()('registerChanges', z.strictObject({ seen: z.number().int().min(-1) })),
};
