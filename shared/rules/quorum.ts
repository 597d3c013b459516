import type { BodyCode } from '../domain/body';

/**
 * L3132-5 (loi n° 2025-1249 du 22 décembre 2025, art. 32): members withdrawn under L1111-6 II are
 * not counted as members in office for the quorum. Applied to sessions held after the law's date.
 */
export const L3132_5_APPLIES_AFTER = '2025-12-22';

export interface QuorumInput {
  body: BodyCode;
  /** ISO date of the session: the rule in force that day applies. */
  sessionDate: string;
  membersInOffice: number;
  present: number;
  represented: number;
  /** Members who took no part in the act under L1111-6 II. */
  withdrawnL1111_6: number;
}

export interface QuorumVerdict {
  met: boolean;
  /** Members in office counted for the quorum. */
  base: number;
  /** Absolute majority of the base: more than half, i.e. floor(base / 2) + 1. */
  required: number;
  /** Members counted: present, plus represented for the Commission permanente. */
  counted: number;
  /** The figures as shown to the secretary, e.g. "39 + 5 ≥ 24". */
  figures: string;
  /** The article applied. */
  article: string;
}

/**
 * Quorum of one act. Conseil départemental: a majority of members in office must be present
 * (CGCT L3121-14). Commission permanente: present or represented (L3121-14-1).
 *
 * @example quorum({ body: 'CP', sessionDate: '2023-10-16', membersInOffice: 46, present: 39,
 *   represented: 5, withdrawnL1111_6: 0 }).figures === '39 + 5 ≥ 24'
 */
export function quorum(input: QuorumInput): QuorumVerdict {
  const excludesWithdrawn = input.sessionDate > L3132_5_APPLIES_AFTER;
  const base = input.membersInOffice - (excludesWithdrawn ? input.withdrawnL1111_6 : 0);
  const required = Math.floor(base / 2) + 1;
  const countsProxies = input.body === 'CP';
  const counted = input.present + (countsProxies ? input.represented : 0);
  const met = counted >= required;
  const terms = countsProxies ? `${input.present} + ${input.represented}` : `${input.present}`;
  const article =
    (countsProxies ? 'CGCT L3121-14-1' : 'CGCT L3121-14') + (excludesWithdrawn ? ', L3132-5' : '');
  return { met, base, required, counted, figures: `${terms} ${met ? '≥' : '<'} ${required}`, article };
}
