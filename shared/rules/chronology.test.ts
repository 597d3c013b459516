import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors';
import { checkChronology, chronologyIssues, computeExecutoryDate, futureDatesIssues, type LegalityDates } from './chronology';

// The reference session (ANALYSIS §2.5): séance 16/10, reception 18/10, online 20/10, executory 20/10.
const REFERENCE: LegalityDates = {
  decisionDate: '2023-10-16',
  legalityReceptionDate: '2023-10-18',
  onlineDate: '2023-10-20',
};

describe('computeExecutoryDate', () => {
  it('gives the executory date of the reference session', () => {
    expect(computeExecutoryDate(REFERENCE)).toBe('2023-10-20');
  });

  it('takes the reception date when it is later than the publication', () => {
    expect(computeExecutoryDate({ ...REFERENCE, legalityReceptionDate: '2023-10-23' })).toBe('2023-10-23');
  });

  it('falls back on the transmission date while the AR date is unknown', () => {
    expect(
      computeExecutoryDate({ decisionDate: '2023-10-16', transmissionDate: '2023-10-21', onlineDate: '2023-10-20' }),
    ).toBe('2023-10-21');
  });

  it('is null while the act is not transmitted or not online', () => {
    expect(computeExecutoryDate({ decisionDate: '2023-10-16' })).toBeNull();
    expect(computeExecutoryDate({ decisionDate: '2023-10-16', onlineDate: '2023-10-20' })).toBeNull();
    expect(
      computeExecutoryDate({ decisionDate: '2023-10-16', legalityReceptionDate: '2023-10-18', onlineDate: null }),
    ).toBeNull();
  });

  it('is the publication date for an act not subject to transmission', () => {
    expect(
      computeExecutoryDate({ decisionDate: '2023-10-16', onlineDate: '2023-10-20' }, { transmissionRequired: false }),
    ).toBe('2023-10-20');
  });

  it('ignores the stored executory date it is asked to compute, and refuses a broken chronology', () => {
    expect(computeExecutoryDate({ ...REFERENCE, executoryDate: '2023-10-17' })).toBe('2023-10-20');
    expect(() => computeExecutoryDate({ ...REFERENCE, onlineDate: '2023-10-15' })).toThrow(AppError);
  });
});

describe('checkChronology', () => {
  it('accepts the reference session with its printed executory date', () => {
    expect(() => checkChronology({ ...REFERENCE, executoryDate: '2023-10-20' })).not.toThrow();
    expect(() => checkChronology({ decisionDate: '2023-10-16' })).not.toThrow();
  });

  it('refuses a reception before the transmission, naming both fields and the rule', () => {
    let error: unknown;
    try {
      checkChronology({ ...REFERENCE, transmissionDate: '2023-10-19' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).type).toBe('validation');
    expect((error as AppError).field).toBe('legalityReceptionDate');
    expect((error as AppError).message).toBe(
      'Date de réception au contrôle de légalité (18/10/2023) antérieure à la date de transmission en préfecture ' +
        "(19/10/2023) : un acte ne peut être reçu en préfecture avant d'avoir été transmis.",
    );
  });

  it('refuses a transmission, a reception or a publication before the decision', () => {
    expect(() => checkChronology({ decisionDate: '2023-10-16', transmissionDate: '2023-10-15' })).toThrow(
      'Date de transmission en préfecture (15/10/2023) antérieure à la date de la décision (16/10/2023)',
    );
    expect(() => checkChronology({ decisionDate: '2023-10-16', legalityReceptionDate: '2023-10-15' })).toThrow(
      "un acte ne peut être reçu en préfecture avant d'avoir été décidé",
    );
    expect(() => checkChronology({ decisionDate: '2023-10-16', onlineDate: '2023-10-13' })).toThrow(
      'Date de mise en ligne (13/10/2023) antérieure à la date de la décision (16/10/2023)',
    );
  });

  it('refuses an executory date before the publication or the reception', () => {
    expect(() => checkChronology({ ...REFERENCE, executoryDate: '2023-10-19' })).toThrow(
      "Date à laquelle l'acte est exécutoire (19/10/2023) antérieure à la date de mise en ligne (20/10/2023)",
    );
    expect(() =>
      checkChronology({ ...REFERENCE, onlineDate: '2023-10-17', executoryDate: '2023-10-17' }),
    ).toThrow('antérieure à la date de réception au contrôle de légalité (18/10/2023)');
  });

  it('refuses a malformed date, naming the field', () => {
    expect(() => checkChronology({ ...REFERENCE, onlineDate: '2023-02-30' })).toThrow('Date « 2023-02-30 » invalide');
  });
});

describe('chronologyIssues', () => {
  it('lists every break once', () => {
    const issues = chronologyIssues({
      decisionDate: '2023-10-16',
      transmissionDate: '2023-10-15',
      legalityReceptionDate: '2023-10-14',
      onlineDate: '2023-10-20',
    });
    expect(issues.map((i) => i.field)).toEqual(['transmissionDate', 'legalityReceptionDate']);
    expect(chronologyIssues({ ...REFERENCE, executoryDate: '2023-10-20' })).toEqual([]);
  });
});

describe('futureDatesIssues', () => {
  it('names each date after today, and lets today and the past through', () => {
    const issues = futureDatesIssues({ transmissionDate: '2026-12-20', legalityReceptionDate: '2026-12-04', onlineDate: '2026-12-17' }, '2026-12-04');
    expect(issues.map((i) => i.field)).toEqual(['transmissionDate', 'onlineDate']);
    expect(issues[0]?.message).toBe(
      "Date de transmission en préfecture (20/12/2026) postérieure à aujourd'hui (04/12/2026) : une date enregistrée est celle d'un fait accompli.",
    );
    expect(futureDatesIssues({ transmissionDate: '2026-12-03', onlineDate: null }, '2026-12-04')).toEqual([]);
  });
});
