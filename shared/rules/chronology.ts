import { validationError, type AppErrorInfo } from '../domain/errors';
import { numericDate, parseIsoDate, type IsoDate } from './french-dates';

/**
 * The legality dates of an act (field names as in the session file). Missing dates are null or
 * absent: an act not yet transmitted or not yet online has no executory date.
 */
export interface LegalityDates {
  /** Date of the decision (the séance). */
  decisionDate: IsoDate;
  /** Sent to the prefecture (TdT "Envoyé en préfecture le"). */
  transmissionDate?: IsoDate | null;
  /** Received by the contrôle de légalité (AR @ctes `DateReception`, "Reçu en préfecture le"). */
  legalityReceptionDate?: IsoDate | null;
  /**
   * Put online on the département's website ("Acte mis en ligne … le"); for an individual
   * decision, the date of its notification.
   */
  onlineDate?: IsoDate | null;
  /** The executory date stored for the act (computed, or set by the user, never earlier than the others). */
  executoryDate?: IsoDate | null;
  /** The day the act's extract is signed. */
  signatureDate?: IsoDate | null;
  /** The day the liste des délibérations of the séance is published (CGCT L3121-13). */
  listePublicationDate?: IsoDate | null;
}

type DateField = keyof LegalityDates;

const LABELS: Record<DateField, string> = {
  decisionDate: 'date de la décision',
  transmissionDate: 'date de transmission en préfecture',
  legalityReceptionDate: 'date de réception au contrôle de légalité',
  onlineDate: 'date de mise en ligne',
  executoryDate: 'date à laquelle l\'acte est exécutoire',
  signatureDate: 'date de signature',
  listePublicationDate: 'date de publication de la liste des délibérations',
};

/** Each rule: `later` must not precede `earlier`. */
const RULES: { later: DateField; earlier: DateField; rule: string; unless?: DateField }[] = [
  {
    later: 'transmissionDate',
    earlier: 'decisionDate',
    rule: "un acte ne peut être transmis avant d'avoir été décidé",
  },
  {
    later: 'legalityReceptionDate',
    earlier: 'transmissionDate',
    rule: "un acte ne peut être reçu en préfecture avant d'avoir été transmis",
  },
  {
    later: 'legalityReceptionDate',
    earlier: 'decisionDate',
    rule: "un acte ne peut être reçu en préfecture avant d'avoir été décidé",
    // With a transmission date, the two rules above already imply this one: say it once.
    unless: 'transmissionDate',
  },
  { later: 'onlineDate', earlier: 'decisionDate', rule: "un acte ne peut être publié avant d'avoir été décidé" },
  {
    later: 'executoryDate',
    earlier: 'decisionDate',
    rule: "un acte ne peut devenir exécutoire avant d'avoir été décidé",
  },
  {
    later: 'executoryDate',
    earlier: 'transmissionDate',
    rule: "un acte soumis au contrôle de légalité n'est exécutoire qu'une fois transmis (CGCT L3131-1)",
  },
  {
    later: 'executoryDate',
    earlier: 'legalityReceptionDate',
    rule: "un acte soumis au contrôle de légalité n'est exécutoire qu'une fois reçu en préfecture (CGCT L3131-1)",
  },
  {
    later: 'executoryDate',
    earlier: 'onlineDate',
    rule: "un acte n'est exécutoire qu'une fois publié ou notifié (CGCT L3131-1)",
  },
  { later: 'signatureDate', earlier: 'decisionDate', rule: "un acte ne peut être signé avant d'avoir été décidé" },
  { later: 'listePublicationDate', earlier: 'decisionDate', rule: 'la liste ne peut être publiée avant la séance qu’elle rapporte (CGCT L3121-13)' },
];

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function present(dates: LegalityDates, field: DateField): IsoDate | null {
  const value = dates[field];
  return value === undefined || value === null ? null : parseIsoDate(value, field);
}

/**
 * Every break of the chronology, as French messages naming both fields and the rule (empty when
 * all is in order). Dates that are missing are not compared. Throws on a malformed date.
 *
 * @example chronologyIssues({ decisionDate: '2023-10-16', legalityReceptionDate: '2023-10-15' })
 * // [{ type: 'validation', field: 'legalityReceptionDate', message: 'Date de réception au contrôle de
 * //   légalité (15/10/2023) antérieure à la date de la décision (16/10/2023) : …' }]
 */
export function chronologyIssues(dates: LegalityDates): AppErrorInfo[] {
  const issues: AppErrorInfo[] = [];
  for (const { later, earlier, rule, unless } of RULES) {
    const laterDate = present(dates, later);
    const earlierDate = present(dates, earlier);
    if (laterDate === null || earlierDate === null) continue;
    if (unless !== undefined && present(dates, unless) !== null) continue;
    if (laterDate < earlierDate) {
      issues.push({
        type: 'validation',
        field: later,
        message:
          `${capitalize(LABELS[later])} (${numericDate(laterDate)}) antérieure à la ${LABELS[earlier]} ` +
          `(${numericDate(earlierDate)}) : ${rule}.`,
      });
    }
  }
  return issues;
}

/**
 * Checks decision ≤ transmission ≤ reception, decision ≤ online date, and executory date ≥ each;
 * throws the first break as a French validation error naming the two fields and the rule.
 *
 * @example checkChronology({ decisionDate: '2023-10-16', legalityReceptionDate: '2023-10-18',
 *   onlineDate: '2023-10-20', executoryDate: '2023-10-20' }) // passes
 */
export function checkChronology(dates: LegalityDates): void {
  const [first] = chronologyIssues(dates);
  if (first !== undefined) throw validationError(first.message, first.field);
}

/**
 * The date the act becomes executory (CGCT L3131-1): the later of its reception by the
 * contrôle de légalité (the transmission date when the AR date is not known) and its
 * publication online; null while either is missing. Acts outside L3131-2 (`transmissionRequired:
 * false`) are executory on publication. The chronology is checked first (the stored
 * `executoryDate` is ignored: it is what this computes). Urgency (affichage) is not handled.
 *
 * @example computeExecutoryDate({ decisionDate: '2023-10-16', legalityReceptionDate: '2023-10-18',
 *   onlineDate: '2023-10-20' }) // '2023-10-20'
 */
export function computeExecutoryDate(
  dates: LegalityDates,
  options: { transmissionRequired?: boolean } = {},
): IsoDate | null {
  const facts = { ...dates, executoryDate: null };
  checkChronology(facts);
  const online = present(facts, 'onlineDate');
  if (online === null) return null;
  if (options.transmissionRequired === false) return online;
  const legality = present(facts, 'legalityReceptionDate') ?? present(facts, 'transmissionDate');
  if (legality === null) return null;
  return legality > online ? legality : online;
}

/**
 * Each date given that is after `today`, as a French message naming the field: a transmission, a
 * reception in préfecture or a publication is recorded once it happened, never ahead (a typo in the
 * year would otherwise make an act executory, and sealed, on a day still to come).
 *
 * @example futureDatesIssues({ transmissionDate: '2026-12-20' }, '2026-12-04')
 * // [{ field: 'transmissionDate', message: 'Date de transmission en préfecture (20/12/2026) postérieure à aujourd'hui (04/12/2026) : …' }]
 */
export function futureDatesIssues(dates: Partial<LegalityDates>, today: IsoDate): AppErrorInfo[] {
  const issues: AppErrorInfo[] = [];
  for (const field of Object.keys(LABELS) as DateField[]) {
    const value = present(dates as LegalityDates, field);
    if (value !== null && value > today) {
      issues.push({
        type: 'validation',
        field,
        message: `${capitalize(LABELS[field])} (${numericDate(value)}) postérieure à aujourd'hui (${numericDate(today)}) : une date enregistrée est celle d'un fait accompli.`,
      });
    }
  }
  return issues;
}

/**
 * The legality dates of an act as recorded elsewhere and brought in (a session file): the
 * chronology, plus what `registre dates` never produces — an executory date with neither a
 * reception in préfecture nor a publication, or any date after `today` (facts are recorded once
 * they happened).
 *
 * @example recordedDatesIssues({ decisionDate: '2023-10-16', executoryDate: '2099-01-01' }, '2024-01-10')
 * // [{ field: 'executoryDate', message: 'Date à laquelle l'acte est exécutoire (01/01/2099) postérieure à aujourd'hui (10/01/2024) : …' }, …]
 */
export function recordedDatesIssues(dates: LegalityDates, today: IsoDate): AppErrorInfo[] {
  const issues = futureDatesIssues(dates, today);
  const executory = present(dates, 'executoryDate');
  if (executory !== null && present(dates, 'legalityReceptionDate') === null && present(dates, 'onlineDate') === null && present(dates, 'transmissionDate') === null) {
    issues.push({
      type: 'validation',
      field: 'executoryDate',
      message: `${capitalize(LABELS.executoryDate)} (${numericDate(executory)}) sans réception en préfecture ni mise en ligne : un acte n'est exécutoire qu'une fois transmis et publié (CGCT L3131-1).`,
    });
  }
  return [...chronologyIssues(dates), ...issues];
}
