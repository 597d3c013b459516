import type { AcknowledgementReport, ActLegalityView } from '../../../shared/contract/channels/legality';
import type { BodyCode } from '../../../shared/domain/body';
import { AppError, validationError } from '../../../shared/domain/errors';
import { ACT_STATE_LABELS } from '../../../shared/rules/act-state';
import { formatActNumber } from '../../../shared/rules/numbering';
import type { Db } from '../../db/open';
import { isSealRefusal } from '../../db/register';
import { loadSessionLegality } from '../../db/repositories/legality';
import { decodeXmlBytes } from './ctes-xml';
import { sessionContext } from '../editing/session-context';
import { importAcknowledgement, recordLegalityDates } from './legality';

/*
 * The path of a session's acts from the vote to publication, as the application records it: the
 * transmission of a selection of acts, the online publication of the whole session, the @ctes
 * acknowledgements dropped as files. The chronology and the executory date are those of
 * `registre dates` and `registre ar` (services/legality.ts): this file only applies them to many acts.
 */

/** Each act of a session with its state, @ctes reference and legality dates, the executory one computed. */
export function sessionLegality(db: Db, body: BodyCode, date: string): ActLegalityView[] {
  const ctx = sessionContext(db, body, date);
  const facts = new Map(loadSessionLegality(db, ctx.session.id).map((l) => [l.id, l]));
  return ctx.acts.map((a) => {
    const l = facts.get(a.id);
    return {
      number: ctx.numberOf(a),
      object: a.object,
      state: ACT_STATE_LABELS[ctx.stateOf(a)],
      nature: a.nature,
      subject: l?.subjectCode ?? null,
      transmissionDate: l?.transmissionDate ?? null,
      legalityReceptionDate: l?.legalityReceptionDate ?? null,
      onlineDate: l?.onlineDate ?? null,
      executoryDate: l?.executoryDate ?? null,
    };
  });
}

/**
 * Records the transmission date of the chosen acts, all or none: a draft (not voted) is refused,
 * and so is a date after today or the first break of the chronology, naming the act and the dates compared.
 */
export function recordTransmission(
  db: Db,
  input: { body: BodyCode; date: string; acts: string[]; transmissionDate: string },
  now: Date,
): ActLegalityView[] {
  db.transaction(() => {
    for (const number of input.acts) recordLegalityDates(db, input.body, input.date, number, { transmissionDate: input.transmissionDate }, now);
  })();
  return sessionLegality(db, input.body, input.date);
}

/**
 * Records the date the session's voted acts were put online (the secretariat publishes a session
 * at once); acts already online keep their date. All or none.
 */
export function recordOnline(db: Db, input: { body: BodyCode; date: string; onlineDate: string }, now: Date): ActLegalityView[] {
  db.transaction(() => {
    const ctx = sessionContext(db, input.body, input.date);
    const waiting = ctx.acts.filter((a) => a.outcome.kind !== 'pending' && a.onlineDate === null);
    if (waiting.length === 0) throw validationError('Aucun acte voté de la séance n’attend sa mise en ligne.', 'onlineDate');
    for (const a of waiting) recordLegalityDates(db, input.body, input.date, ctx.numberOf(a), { onlineDate: input.onlineDate }, now);
  })();
  return sessionLegality(db, input.body, input.date);
}


/**
 * Imports @ctes acknowledgements (ARActe files), each on its own: a file that cannot be read, names
 * no act of the register or breaks the chronology is refused with its reason, and the others still count.
 */
export function importAcknowledgements(db: Db, files: { name: string; base64: string }[], now: Date): AcknowledgementReport {
  return {
    files: files.map((f) => {
      try {
        const a = importAcknowledgement(db, decodeXmlBytes(Buffer.from(f.base64, 'base64')), now);
        return { name: f.name, taken: true as const, act: formatActNumber({ series: a.series, value: a.number }), receptionDate: a.legalityReceptionDate ?? '' };
      } catch (e) {
        if (e instanceof AppError || isSealRefusal(e)) return { name: f.name, taken: false as const, message: e.message };
        throw e;
      }
    }),
  };
}
