import type { MandateView } from '../../../shared/contract/channels/settings';
import type { BodyCode } from '../../../shared/domain/body';
import { BODY_CODES } from '../../../shared/domain/body';
import { bySurname, listName } from '../../../shared/domain/member';
import { AppError, validationError } from '../../../shared/domain/errors';
import { numericDate } from '../../../shared/rules/french-dates';
import type { Db } from '../../db/open';
import { findMandateRow, insertMandate, mandateRowsNotEnded, overlappingMandates, sessionDaysOutsideMandates, setPrecedences, updateMandate } from '../../db/repositories/mandates';
import type { MandateRow } from '../../db/rows';
import { bodyId } from './bodies';
import { memberView } from './members';

const toView = (r: MandateRow): MandateView => ({
  id: r.id,
  memberId: r.member_id,
  member: listName({ civility: r.civility, firstName: r.first_name, lastName: r.last_name }),
  body: r.body,
  startDate: r.start_date,
  endDate: r.end_date,
  quality: r.quality,
  precedence: r.precedence,
});

const asMember = (r: MandateRow) => ({ id: r.member_id, civility: r.civility, firstName: r.first_name, lastName: r.last_name, quality: r.quality, precedence: r.precedence });

/** "2026-11-24": the day a mandate is judged in office (not ended). */
export const today = (now: Date): string => now.toISOString().slice(0, 10);

/**
 * The mandates not ended on `day`, body by body in the order of precedence: the ranked members by
 * rank (Président, Premier Vice-président…), then the others by surname.
 */
export function mandatesInOffice(db: Db, day: string): MandateView[] {
  const rows = mandateRowsNotEnded(db, day);
  return BODY_CODES.flatMap((code) => {
    const ofBody = rows.filter((r) => r.body === code);
    const ranked = ofBody.filter((r) => r.precedence !== null).sort((a, b) => (a.precedence ?? 0) - (b.precedence ?? 0) || bySurname(asMember(a), asMember(b)));
    const others = ofBody.filter((r) => r.precedence === null).sort((a, b) => bySurname(asMember(a), asMember(b)));
    return [...ranked, ...others].map(toView);
  });
}

function mandateRow(db: Db, id: number): MandateRow {
  const row = findMandateRow(db, id);
  if (row === undefined) throw new AppError('not_found', `Mandat n° ${id} introuvable dans ce registre.`, 'id');
  return row;
}

export interface MandateInput {
  id: number | null;
  memberId: number;
  body: BodyCode;
  startDate: string;
  endDate: string | null;
  quality: string | null;
  precedence: number | null;
}

/**
 * Adds or corrects a mandate: the member sits on the body from `startDate` (to `endDate`), with a
 * quality and a rank in the order of precedence. Refused: an end before the start, a second
 * mandate of the member on the body over the same period, a rank another mandate holds then, and a
 * period that would leave out a session the member already sits in (its list of members is kept as
 * it was: the register would say they sat, and voted, without a mandate).
 */
export function saveMandate(db: Db, m: MandateInput): MandateView {
  if (m.endDate !== null && m.endDate < m.startDate) {
    throw validationError(`Fin du mandat (${numericDate(m.endDate)}) antérieure à son début (${numericDate(m.startDate)}) : la fin doit être le même jour ou après.`, 'endDate');
  }
  return db.transaction(() => {
    const member = memberView(db, m.memberId);
    const bodyRowId = bodyId(db, m.body);
    if (m.id !== null) mandateRow(db, m.id);
    const others = overlappingMandates(db, bodyRowId, m.startDate, m.endDate, m.id);
    if (others.some((o) => o.member_id === m.memberId)) {
      throw validationError(`${member.label} a déjà un mandat sur cet organe pendant cette période : corrigez ce mandat plutôt que d'en ajouter un.`, 'startDate');
    }
    const rival = others.find((o) => m.precedence !== null && o.precedence === m.precedence);
    if (rival !== undefined) {
      throw validationError(
        `Rang ${m.precedence} déjà tenu par ${listName({ civility: rival.civility, firstName: rival.first_name, lastName: rival.last_name })} pendant cette période ; ` +
          'choisissez un autre rang ou déplacez les élus avec « Monter » et « Descendre ».',
        'precedence',
      );
    }
    const values = { memberId: m.memberId, bodyId: bodyRowId, startDate: m.startDate, endDate: m.endDate, quality: m.quality, precedence: m.precedence };
    const uncovered = new Set(sessionDaysOutsideMandates(db, m.memberId, bodyRowId));
    const id = m.id === null ? insertMandate(db, values) : (updateMandate(db, m.id, values), m.id);
    // Only what this change leaves out: a register imported without mandates is not blamed for it.
    const left = sessionDaysOutsideMandates(db, m.memberId, bodyRowId).find((d) => !uncovered.has(d));
    if (left !== undefined) {
      const after = m.endDate !== null && left > m.endDate;
      throw validationError(
        `${member.label} siège dans la séance du ${numericDate(left)} de cet organe : ` +
          (after ? `la fin de son mandat (${numericDate(m.endDate ?? '')}) ne peut la précéder` : `le début de son mandat (${numericDate(m.startDate)}) ne peut la suivre`) +
          ' ; la liste des membres d’une séance enregistrée ne change plus.',
        after ? 'endDate' : 'startDate',
      );
    }
    return toView(mandateRow(db, id));
  })();
}

/**
 * Moves a ranked member one place up or down the order of precedence of their body, among the
 * mandates in office on `day`, and renumbers the ranks of that body in one transaction: the ranks
 * keep their values (0 stays the first), only who holds them changes.
 * Members without rank are given one with « Rang » in the mandate form, not here.
 */
export function movePrecedence(db: Db, mandateId: number, direction: 'up' | 'down', day: string): MandateView[] {
  return db.transaction(() => {
    const moved = mandateRow(db, mandateId);
    const name = listName({ civility: moved.civility, firstName: moved.first_name, lastName: moved.last_name });
    const ranked = mandatesInOffice(db, day).filter((v) => v.body === moved.body && v.precedence !== null);
    const from = ranked.findIndex((v) => v.id === mandateId);
    if (from === -1) {
      throw validationError(`${name} n'a pas de rang en cours dans l'ordre du tableau : donnez-lui d'abord un rang dans le formulaire du mandat.`, 'mandateId');
    }
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= ranked.length) {
      throw validationError(`${name} est déjà ${direction === 'up' ? 'premier' : 'dernier'} dans l'ordre du tableau.`, 'mandateId');
    }
    // The ranks in place, made distinct, handed out again in the new order.
    const ranks: number[] = [];
    for (const v of ranked) ranks.push(Math.max(v.precedence ?? 0, (ranks.at(-1) ?? -1) + 1));
    const order = [...ranked];
    const [item] = order.splice(from, 1);
    if (item !== undefined) order.splice(to, 0, item);
    setPrecedences(db, order.map((v, i) => ({ id: v.id, precedence: ranks[i] })));
    return mandatesInOffice(db, day).filter((v) => v.body === moved.body);
  })();
}
