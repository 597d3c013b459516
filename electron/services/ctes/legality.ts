import type { BodyCode } from '../../../shared/domain/body';
import { AppError, validationError } from '../../../shared/domain/errors';
import { computeExecutoryDate, checkChronology, futureDatesIssues } from '../../../shared/rules/chronology';
import { parseCtesId } from '../../../shared/rules/ctes-id';
import { ctesObjectIssue } from '../../../shared/rules/ctes-object';
import { isoDateOf, numericDate, parseIsoDate, type IsoDate } from '../../../shared/rules/french-dates';
import { formatActNumber } from '../../../shared/rules/numbering';
import type { Db } from '../../db/open';
import { getCollectivity } from '../../db/repositories/collectivity';
import {
  findActsByCtesParts,
  loadSessionLegality,
  updateLegalityDates,
  updateSubject,
  type ActLegality,
} from '../../db/repositories/legality';
import { loadSession } from '../../db/repositories/sessions';
import { activeClassification, findSubject } from './ctes-classification';
import { actesAttribute, parseActesRoot } from './ctes-xml';
import { keepActTemplates } from '../documents/issued-templates';
import { actOf } from '../../db/repositories/session-acts';

export interface LegalityInput {
  /** Sent to the préfecture; null erases, absent keeps. */
  transmissionDate?: IsoDate | null;
  /** « Reçu en préfecture le » (AR @ctes). */
  legalityReceptionDate?: IsoDate | null;
  /** Put online (or notified, for an individual decision). */
  onlineDate?: IsoDate | null;
}

const label = (a: ActLegality) => formatActNumber({ series: a.series, value: a.number });

/** The act `act` ("G25") of a session, with its legality facts. */
export function findAct(db: Db, body: BodyCode, date: string, act: string): ActLegality {
  const session = loadSession(db, body, date);
  return actOf(session, loadSessionLegality(db, session.id), act);
}

function lockedError(a: ActLegality): AppError {
  return new AppError(
    'locked',
    `Acte ${label(a)} exécutoire depuis le ${numericDate(a.executoryDate ?? '')} : ses dates de transmission, de réception ` +
      "et de mise en ligne ne peuvent plus changer ; pour le corriger, créez un nouvel acte qui cite celui qu'il corrige.",
    label(a),
  );
}

/**
 * Records the transmission, legality-reception and online dates of an act, checks their
 * chronology and sets the executory date (CGCT L3131-1) when it can be computed — which locks
 * the act. One transaction. An executory act may only receive a missing AR date. Every door
 * (screen, `registre dates`, `registre ar`) goes through here: a draft whose vote is still to come
 * gets no date, and no date is recorded ahead of `now`'s day.
 */
export function recordLegalityDates(db: Db, body: BodyCode, date: string, act: string, input: LegalityInput, now: Date): ActLegality {
  return db.transaction(() => applyDates(db, findAct(db, body, date, act), input, now))();
}

function applyDates(db: Db, a: ActLegality, input: LegalityInput, now: Date): ActLegality {
  if (!a.voted) {
    // A draft is not an act yet: dated, it would become executory and sealed with its vote still to come.
    throw validationError(
      `Acte ${label(a)} : il n'a pas été voté ; ses dates de transmission, de réception et de mise en ligne ne s'enregistrent qu'après son vote.`,
      `${label(a)}.dates`,
    );
  }
  const [future] = futureDatesIssues(input, isoDateOf(now));
  if (future !== undefined) throw validationError(`Acte ${label(a)} : ${future.message}`, `${label(a)}.${future.field ?? 'dates'}`);
  const pick = (field: keyof LegalityInput): IsoDate | null => {
    const v = input[field];
    return v === undefined ? a[field] : v === null ? null : parseIsoDate(v, field);
  };
  const next = {
    transmissionDate: pick('transmissionDate'),
    legalityReceptionDate: pick('legalityReceptionDate'),
    onlineDate: pick('onlineDate'),
  };
  const facts = { decisionDate: a.sessionDate, ...next };
  // An act @ctes cannot carry is not recorded as transmitted (an act of a register written before the rule).
  const tooLong = next.transmissionDate !== null && a.transmissionDate === null ? ctesObjectIssue(a.object) : null;
  if (tooLong !== null) throw validationError(`Acte ${label(a)} : objet de ${tooLong} avant d’enregistrer sa transmission.`, `${label(a)}.object`);
  try {
    if (a.executoryDate !== null) {
      const unchanged = next.transmissionDate === a.transmissionDate && next.onlineDate === a.onlineDate;
      const receptionOnlyFilled = a.legalityReceptionDate === null || next.legalityReceptionDate === a.legalityReceptionDate;
      if (!unchanged || !receptionOnlyFilled) throw lockedError(a);
      // The AR arrived after the act became executory on its transmission: evidence only.
      checkChronology({ ...facts, executoryDate: a.executoryDate });
      updateLegalityDates(db, a.id, { ...next, executoryDate: a.executoryDate });
      return { ...a, ...next };
    }
    const executoryDate = computeExecutoryDate(facts);
    if (next.transmissionDate !== null || executoryDate !== null) keepActTemplates(db, a.id);
    updateLegalityDates(db, a.id, { ...next, executoryDate });
    return { ...a, ...next, executoryDate };
  } catch (e) {
    if (e instanceof AppError && e.type === 'validation') {
      throw new AppError('validation', `Acte ${label(a)} : ${e.message}`, e.field === undefined ? label(a) : `${label(a)}.${e.field}`);
    }
    throw e;
  }
}

/**
 * Reads an @ctes acknowledgement (`actes:ARActe`, attributes IDActe and DateReception) and sets
 * the legality reception date of the act it names. Refused whole (register unchanged) when the
 * XML is malformed, names no act of the register, breaks the chronology or is dated after `now`'s day.
 */
export function importAcknowledgement(db: Db, xmlText: string, now: Date): ActLegality {
  const what = 'Accusé de réception @ctes';
  const root = parseActesRoot(xmlText, 'ARActe', what);
  const id = actesAttribute(root, 'IDActe');
  const received = actesAttribute(root, 'DateReception');
  if (id === null || id === '') throw validationError(`${what} : attribut actes:IDActe absent.`, 'IDActe');
  if (received === null || received === '') throw validationError(`${what} : attribut actes:DateReception absent.`, 'DateReception');
  const parts = parseCtesId(id);
  const receptionDate = parseIsoDate(received, 'DateReception');
  const collectivity = getCollectivity(db);
  if (collectivity === null || collectivity.siren !== parts.siren || collectivity.departmentCode !== parts.departmentCode) {
    throw new AppError('not_found', `${what} : l'acte ${id} n'est pas de cette collectivité (département et SIREN différents).`, 'IDActe');
  }
  return db.transaction(() => {
    const acts = findActsByCtesParts(db, parts.decisionDate, parts.internalNumber, parts.nature);
    const [a] = acts;
    if (a === undefined) throw new AppError('not_found', `${what} : aucun acte du registre n'a l'identifiant ${id}.`, 'IDActe');
    if (acts.length > 1) {
      throw new AppError('conflict', `${what} : plusieurs actes du registre ont l'identifiant ${id} ; corrigez leurs numéros internes.`, 'IDActe');
    }
    return applyDates(db, a, { legalityReceptionDate: receptionDate }, now);
  })();
}

/**
 * Gives acts of a session their @ctes matière ({"G22": "7.3", …}), checked against the
 * classification in use; acts that already have one are left as they are. One transaction.
 */
export function assignSubjects(db: Db, body: BodyCode, date: string, subjects: Record<string, string>): number {
  const classification = activeClassification(db);
  return db.transaction(() => {
    let count = 0;
    for (const [act, code] of Object.entries(subjects)) {
      const a = findAct(db, body, date, act);
      findSubject(classification, code, label(a));
      if (a.subjectCode !== null) continue;
      updateSubject(db, a.id, code, classification.date);
      count += 1;
    }
    return count;
  })();
}
