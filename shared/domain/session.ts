import type { BodyCode } from './body';
import type { ActEntry, SessionEntry } from './attendance';
import type { Member } from './member';
import type { Outcome } from './outcome';
import type { NatureCode } from '../rules/ctes-id';

export interface Collectivity {
  name: string;
  /** "083" */
  departmentCode: string;
  siren: string;
  /** "site internet du Département du Var", as in "Acte mis en ligne sur le … le :". */
  websiteLabel: string;
}

export interface Body {
  id: number;
  code: BodyCode;
  /** "Commission permanente du Conseil départemental du Var" */
  name: string;
  /** "Commission Permanente", the extract's heading. */
  heading: string;
  /** "La Commission permanente du Conseil départemental", subject of the examination sentence. */
  assembly: string;
  /** "G" */
  series: string;
}

/** Who certifies the executory character for the président (the DGS). */
export interface Certifier {
  formula: string;
  quality: string;
  name: string;
}

export interface Recueil {
  title: string;
  year: number;
  number: number;
  publicationDate: string;
  section: string | null;
  backCover: string[];
}

/** A session of the register, as the session list shows it. */
export interface SessionSummary {
  id: number;
  body: BodyCode;
  /** ISO date, e.g. "2023-10-16". */
  date: string;
  /** Number of acts of the session. */
  acts: number;
  /** Members in office on the session date (its frozen roster). */
  membersInOffice: number;
}

/** A session and its members in office, with their quality and precedence on that date. */
export interface Session {
  id: number;
  body: Body;
  date: string;
  time: string;
  place: string;
  presidentId: number;
  certifier: Certifier;
  roster: Member[];
  defaults: SessionEntry[];
  recueil: Recueil | null;
}

export interface Annex {
  kind: string;
  title: string;
  conventionNumber?: string | undefined;
  note?: string | undefined;
}

export interface Act {
  id: number;
  sessionId: number;
  number: number;
  object: string;
  serviceCodeLines: string[];
  /** Null: the template's sentence. */
  examinationSentence: string | null;
  /** The secretary's choice of who presides; null: computed. */
  presidingId: number | null;
  visas: string[];
  considerants: string[];
  decisions: string[];
  decisionNotes: string[];
  outcome: Outcome;
  annexes: Annex[];
  internalId: string | null;
  nature: NatureCode;
  legalityReceptionDate: string | null;
  executoryDate: string | null;
  onlineDate: string | null;
  changes: ActEntry[];
}
