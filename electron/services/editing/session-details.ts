import type { SessionDetailsView } from '../../../shared/contract/channels/sessions';
import type { BodyCode } from '../../../shared/domain/body';
import { AppError, validationError } from '../../../shared/domain/errors';
import { inTableOrder, listName } from '../../../shared/domain/member';
import type { Certifier } from '../../../shared/domain/session';
import type { IsoDate } from '../../../shared/rules/french-dates';
import { longDate, numericDate } from '../../../shared/rules/french-dates';
import { checkSessionDate } from '../../../shared/rules/session-date';
import type { Db } from '../../db/open';
import { someActs } from '../../db/repositories/act-life';
import { getCollectivity } from '../../db/repositories/collectivity';
import { membersInOffice } from '../../db/repositories/members-in-office';
import { countSessionActs } from '../../db/repositories/acts';
import { clearInternalIds, sessionActNatures, setInternalId } from '../../db/repositories/legality';
import { deleteRecueil, deleteSessionRow, insertRecueil, loadSession, sessionExists, updateSessionDetails } from '../../db/repositories/sessions';
import { internalNumberAllocator } from '../ctes/internal-numbers';
import { restoreBulk, startBulk } from '../journal/journal';
import { sessionContext, type SessionContext } from './session-context';
import { counted } from '../../../shared/rules/plural';

/** The acts of a session that have left the secretariat ("G1", "G2"…): they print its details. */
function actsOut(ctx: SessionContext): string[] {
  return ctx.acts.filter((a) => !ctx.editable(a)).map(ctx.numberOf);
}

/** A session's details, roster and recueil, as its « Séance » tab shows them. */
export function sessionDetails(db: Db, body: BodyCode, date: string): SessionDetailsView {
  const ctx = sessionContext(db, body, date);
  const s = ctx.session;
  const out = actsOut(ctx);
  const acts = countSessionActs(db, s.id);
  return {
    body,
    date: s.date,
    time: s.time,
    place: s.place,
    presidentId: s.presidentId,
    certifier: s.certifier,
    members: [...s.roster].sort(inTableOrder).map((m) => ({ id: m.id, name: listName(m), quality: m.quality })),
    editable: out.length === 0,
    lockedBy: out,
    acts,
    recueil: s.recueil === null ? null : { title: s.recueil.title, year: s.recueil.year, number: s.recueil.number, publicationDate: s.recueil.publicationDate },
    recueilSealedBy: ctx.acts.filter(ctx.sealed).map(ctx.numberOf),
  };
}

export interface SessionUpdate {
  body: BodyCode;
  date: string;
  newDate: string;
  time: string;
  place: string;
  presidentId: number;
  certifier: Certifier;
}

/**
 * Changes a session's date, time, place, président and certification while none of its acts has
 * left the secretariat. A new date keeps the session's members: it is refused when the members in
 * office that day are others (a new session is then needed); the acts get new @ctes internal
 * numbers for the new date. One transaction, journaled by the register's triggers.
 */
export function updateSession(db: Db, u: SessionUpdate, today: IsoDate): SessionDetailsView {
  return db.transaction(() => {
    const ctx = sessionContext(db, u.body, u.date);
    const s = ctx.session;
    const out = actsOut(ctx);
    if (out.length > 0) {
      throw new AppError('locked', `Séance verrouillée : ${someActs(out)} ont quitté le secrétariat et impriment ses détails ; ils ne peuvent plus changer.`, 'session');
    }
    if (!s.roster.some((m) => m.id === u.presidentId)) {
      throw validationError(`Président de séance : il doit être choisi parmi les ${s.roster.length} membres en exercice de la séance.`, 'presidentId');
    }
    if (u.newDate !== s.date) {
      checkSessionDate(u.newDate, today, 'newDate');
      if (sessionExists(db, s.body.id, u.newDate)) throw new AppError('conflict', `Date : la séance du ${longDate(u.newDate)} (${s.body.name}) existe déjà.`, 'newDate');
      const then = new Set(membersInOffice(db, s.body.id, u.newDate).map((m) => m.id));
      if (then.size !== s.roster.length || s.roster.some((m) => !then.has(m.id))) {
        throw validationError(
          `Date : les membres en exercice le ${longDate(u.newDate)} ne sont pas ceux de la séance (${s.roster.length}) ; créez plutôt une nouvelle séance à cette date.`,
          'newDate',
        );
      }
    }
    updateSessionDetails(db, s.id, { ...u, date: u.newDate });
    if (u.newDate !== s.date) renumberInternally(db, s.id, u.body, s.body.series, u.newDate);
    return sessionDetails(db, u.body, u.newDate);
  })();
}

/** The acts of a session that moved to another date get @ctes internal numbers of that date. */
function renumberInternally(db: Db, sessionId: number, body: BodyCode, series: string, date: string): void {
  const collectivity = getCollectivity(db);
  if (collectivity === null) return;
  const acts = sessionActNatures(db, sessionId);
  clearInternalIds(db, sessionId);
  const allocate = internalNumberAllocator(db, collectivity, body, series, date);
  for (const a of acts) setInternalId(db, a.id, allocate({ number: a.number, nature: a.nature, internalId: null }));
}

/** Deletes a session that has no act (a withdrawn one included): one journal entry, not one per member. */
export function deleteSession(db: Db, input: { body: BodyCode; date: string }): { body: BodyCode; date: string } {
  return db.transaction(() => {
    const s = loadSession(db, input.body, input.date);
    const acts = countSessionActs(db, s.id);
    if (acts > 0) {
      throw validationError(`La séance du ${longDate(s.date)} a ${counted(acts, 'acte', 'actes')} : seule une séance sans acte peut être supprimée.`, 'session');
    }
    const bulk = startBulk(db);
    deleteSessionRow(db, s.id);
    restoreBulk(db, bulk);
    return input;
  })();
}

/**
 * Gives a session its recueil des actes administratifs (number, year, publication date), or
 * changes it; the title is the collectivity's. Two recueils never share a number in a year.
 */
export function setRecueil(db: Db, input: { body: BodyCode; date: string; number: number; year: number; publicationDate: string }): SessionDetailsView {
  return db.transaction(() => {
    const s = loadSession(db, input.body, input.date);
    if (input.publicationDate < s.date) {
      throw validationError(
        `Date de publication du recueil (${numericDate(input.publicationDate)}) antérieure à la séance (${numericDate(s.date)}) : un recueil publie des actes déjà décidés.`,
        'publicationDate',
      );
    }
    const previous = s.recueil;
    deleteRecueil(db, s.id);
    const collectivity = getCollectivity(db);
    insertRecueil(db, s.id, {
      title: previous?.title ?? `ACTES ADMINISTRATIFS DU ${(collectivity?.name ?? 'DÉPARTEMENT').toLocaleUpperCase('fr-FR')}`,
      year: input.year,
      number: input.number,
      publicationDate: input.publicationDate,
      section: previous?.section ?? `${s.body.name} — DÉLIBÉRATIONS`,
      backCover: previous?.backCover ?? [],
    });
    return sessionDetails(db, input.body, input.date);
  })();
}
