import type { BodyCode } from '../../domain/body';
import { body, channel, date, fileBytes } from '../channel';
import { isSessionTime } from '../../rules/french-dates';
import { printable } from '../printable';
import { z } from '../zod-fr';

/** A member in office on a body at a date, as the session form offers them. */
export interface MemberInOfficeView {
  id: number;
  /** "M. Jean DUPONT". */
  name: string;
  quality: string | null;
}

const text = (label: string, max: number) =>
  z.string().trim().min(1, `${label} obligatoire`).max(max, `${label} : ${max} caractères au plus`).superRefine(printable);

/** A session file imported (the format of `registre import`). */
export interface SessionImportView {
  body: BodyCode;
  date: string;
  acts: number;
  members: number;
  /** The series letter the body took from the file (it had no session yet), or null. */
  seriesTaken: string | null;
}

/** A session's details, roster and recueil, as its « Séance » tab shows and edits them. */
export interface SessionDetailsView {
  body: BodyCode;
  date: string;
  time: string;
  place: string;
  presidentId: number;
  certifier: { formula: string; quality: string; name: string };
  members: MemberInOfficeView[];
  /** Whether date, time, place, président and certification may still change. */
  editable: boolean;
  /** The acts that have left the secretariat and print these details ("G1"…). */
  lockedBy: string[];
  /** Number of acts: a session without any may be deleted. */
  acts: number;
  recueil: { title: string; year: number; number: number; publicationDate: string } | null;
  /** The acts executory or signed ("G1"…): they print the recueil, which no longer changes once recorded. */
  recueilSealedBy: string[];
}

const time = z.string().refine(isSessionTime, { error: 'heure attendue au format HH:MM, par exemple 09:30' });
const certifier = z.strictObject({ formula: text('formule de certification', 200), quality: text('qualité du signataire', 200), name: text('nom du signataire', 120) });

/**
 * Creating a session of a body or importing one from a session file, changing its details and its
 * recueil, deleting it while it has no act.
 */
export const SESSION_CHANNELS = {
  'members:in-office': channel<MemberInOfficeView[]>()('membersInOffice', z.strictObject({ body, date })),
  'session:import': channel<SessionImportView>()('importSessionFile', z.strictObject({ base64: fileBytes })),
  'session:create': channel<{ body: BodyCode; date: string }>()(
    'createSession',
    z.strictObject({
      body,
      date,
      time,
      place: text('lieu', 200),
      presidentId: z.number({ error: 'président de séance obligatoire' }).int().positive(),
      certifier: certifier.optional(),
    }),
  ),
  'session:details': channel<SessionDetailsView>()('sessionDetails', z.strictObject({ body, date })),
  'session:update': channel<SessionDetailsView>()(
    'updateSession',
    z.strictObject({
      body,
      date,
      newDate: date,
      time,
      place: text('lieu', 200),
      presidentId: z.number({ error: 'président de séance obligatoire' }).int().positive(),
      certifier,
    }),
  ),
  'session:delete': channel<{ body: BodyCode; date: string }>()('deleteSession', z.strictObject({ body, date })),
  'session:recueil': channel<SessionDetailsView>()(
    'setRecueil',
    z.strictObject({
      body,
      date,
      number: z.number({ error: 'numéro du recueil : un entier' }).int().positive('numéro du recueil : un entier positif'),
      year: z.number({ error: 'année du recueil : un entier' }).int().min(1900, 'année du recueil : entre 1900 et 2999').max(2999, 'année du recueil : entre 1900 et 2999'),
      publicationDate: date,
    }),
  ),
};
