/** How a member stands for the whole session, before any per-act change. */
export const SESSION_STATUSES = ['present', 'absent', 'excused'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** Each session status as the attendance grid names it. */
export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  present: 'Présent',
  absent: 'Absent',
  excused: 'Excusé',
};

/**
 * How a member stands for one act when the secretary changes it:
 * stepped out (`absent`), came back (`present`), or withdrew for an interest (`withdrawn`).
 */
export const ACT_STATUSES = [...SESSION_STATUSES, 'withdrawn'] as const;
export type ActStatus = (typeof ACT_STATUSES)[number];

/** Each per-act change as the act panel names it. */
export const ACT_STATUS_LABELS: Record<ActStatus, string> = {
  present: 'présent pour cet acte (revient en séance)',
  absent: 'absent pour cet acte (sort de la salle)',
  excused: 'excusé pour cet acte',
  withdrawn: 'ne prend pas part (se retire)',
};

/** Why a member takes no part in an act. Only L1111-6 II takes them out of the quorum base (L3132-5). */
export const WITHDRAWAL_BASES = ['L1111-6', 'interest'] as const;
export type WithdrawalBasis = (typeof WITHDRAWAL_BASES)[number];

/** Each withdrawal basis as the screens name it. */
export const WITHDRAWAL_BASIS_LABELS: Record<WithdrawalBasis, string> = {
  'L1111-6': "intérêt à l'affaire (CGCT L1111-6)",
  interest: 'autre motif de retrait',
};

/** A procuration: `giverId` lets `holderId` vote for them. */
export interface Proxy {
  giverId: number;
  holderId: number;
}

/** One member's line of the session default. A giver's own status is absent or excused. */
export interface SessionEntry {
  memberId: number;
  status: SessionStatus;
  /** Set when the member gave a procuration for the session. */
  holderId: number | null;
}

/** A per-act change replaces the member's whole session entry for that act only. */
export interface ActEntry {
  memberId: number;
  status: ActStatus;
  holderId: number | null;
  basis: WithdrawalBasis | null;
  reason: string | null;
}

/** What the extract prints and the quorum counts, for one act. */
export interface ActAttendance {
  present: number[];
  /** In print order. */
  proxies: Proxy[];
  excused: number[];
  absent: number[];
  /** Members who took no part (also in `absent` when the collectivity prints them there). */
  withdrawn: { memberId: number; basis: WithdrawalBasis; reason: string | null }[];
  /** Procurations that fell because their holder was not present for this act. */
  lapsed: Proxy[];
}
