import type { BodyCode } from '../../../shared/domain/body';
import { AppError, validationError } from '../../../shared/domain/errors';
import type { Certifier } from '../../../shared/domain/session';
import type { IsoDate } from '../../../shared/rules/french-dates';
import { longDate } from '../../../shared/rules/french-dates';
import { checkSessionDate } from '../../../shared/rules/session-date';
import type { Db } from '../../db/open';
import { findBody } from '../../db/repositories/bodies';
import { membersInOffice } from '../../db/repositories/members-in-office';
import { insertSession } from '../../db/repositories/sessions';
import { defaultSignatory } from '../settings/signatories';

export interface NewSession {
  body: BodyCode;
  date: string;
  time: string;
  place: string;
  presidentId: number;
  /** Absent: the body's signatory set in Paramètres, else the formula of its latest session. */
  certifier?: Certifier | undefined;
}

function bodyOf(db: Db, code: BodyCode) {
  const body = findBody(db, code);
  if (body === null) throw new AppError('not_found', `L'organe ${code} n'est pas encore paramétré dans ce registre.`, 'body');
  return body;
}

/** The members in office on the body at that date, as the new-session form offers them. */
export function inOffice(db: Db, code: BodyCode, date: string) {
  return membersInOffice(db, bodyOf(db, code).id, date);
}

/**
 * Registers a new session: its roster is frozen from the mandates in office that day, every member
 * starts present (the secretary marks who is not), and no act yet; the certification is the body's
 * signatory (Paramètres). A date more than a year after `today` is refused as a mistyped year. One transaction.
 */
export function createSession(db: Db, s: NewSession, today: IsoDate): { body: BodyCode; date: string } {
  return db.transaction(() => {
    checkSessionDate(s.date, today);
    const body = bodyOf(db, s.body);
    const roster = membersInOffice(db, body.id, s.date);
    if (roster.length === 0) {
      throw validationError(
        `Date : aucun élu n'a de mandat à la ${body.name} le ${longDate(s.date)} ; enregistrez les mandats dans Paramètres.`,
        'date',
      );
    }
    if (!roster.some((m) => m.id === s.presidentId)) {
      throw validationError(`Président de séance : il doit être choisi parmi les ${roster.length} membres en exercice le ${longDate(s.date)}.`, 'presidentId');
    }
    const signatory = defaultSignatory(db, s.body);
    const certifier = s.certifier ?? (signatory.source === 'none' ? null : { formula: signatory.formula, quality: signatory.quality, name: signatory.name });
    if (certifier === null) {
      throw validationError(
        `Certification : première séance de la ${body.name} ; enregistrez d'abord son signataire (formule, qualité et nom) dans Paramètres › Signataires : il certifiera les extraits de ses séances.`,
        'certifier',
      );
    }
    insertSession(db, {
      body,
      date: s.date,
      time: s.time,
      place: s.place,
      presidentId: s.presidentId,
      certifier,
      roster,
      defaults: roster.map((m) => ({ memberId: m.id, status: 'present', holderId: null })),
    });
    return { body: s.body, date: s.date };
  })();
}
