import type { BodyCode } from '../../domain/body';
import type { ActStatus, WithdrawalBasis } from '../../domain/attendance';
import { ACT_STATUSES, WITHDRAWAL_BASES } from '../../domain/attendance';
import { act, body, channel, date } from '../channel';
import { z } from '../zod-fr';
import type { ActCountsView, QuorumView } from './reading';

/** A member's line of the session's attendance grid. */
export interface AttendanceMemberView {
  id: number;
  /** "M. Jean DUPONT", as the lists print it. */
  name: string;
  quality: string | null;
  status: 'present' | 'absent' | 'excused';
  /** The member holding this member's procuration for the session. */
  holderId: number | null;
}

/** A per-act change: the member stepped out, came back or withdrew for this act only. */
export interface ActChangeView {
  memberId: number;
  status: ActStatus;
  holderId: number | null;
  basis: WithdrawalBasis | null;
  reason: string | null;
}

/** One act's changes and the verdict they give (the register refuses any change that breaks one). */
export interface ActAttendanceView {
  number: string;
  object: string;
  /** "brouillon", "voté", "transmis", "exécutoire", "publié". */
  state: string;
  editable: boolean;
  changes: ActChangeView[];
  presidingOverrideId: number | null;
  counts: ActCountsView;
  quorum: QuorumView;
  presiding: { id: number; name: string; quality: string };
  /** Procurations that fell because their holder is out for this act, "X à Y". */
  lapsed: string[];
}

/** The attendance of a session: its default, and each act with its changes and live verdict. */
export interface AttendanceView {
  body: BodyCode;
  date: string;
  presidentId: number;
  /** False once an act of the session has left the secretariat: the session default is then frozen. */
  editable: boolean;
  members: AttendanceMemberView[];
  /** The verdict of the session default, before any per-act change. */
  session: { counts: ActCountsView; quorum: QuorumView };
  acts: ActAttendanceView[];
}

const member = z.number({ error: 'élu attendu' }).int().positive();
const holder = member.nullable();

/** The attendance grid: the session default, per-act changes, who presides. */
export const ATTENDANCE_CHANNELS = {
  'attendance:get': channel<AttendanceView>()('attendance', z.strictObject({ body, date })),
  'attendance:set': channel<AttendanceView>()(
    'setAttendance',
    z.strictObject({ body, date, memberId: member, status: z.enum(['present', 'absent', 'excused']), holderId: holder }),
  ),
  'act-attendance:set': channel<AttendanceView>()(
    'setActAttendance',
    z.strictObject({
      body,
      date,
      act,
      memberId: member,
      /** `session`: back to the session default for this act. */
      status: z.enum(['session', ...ACT_STATUSES]),
      holderId: holder,
      basis: z.enum(WITHDRAWAL_BASES).nullable(),
      reason: z.string().trim().max(300).nullable(),
      /**
       * The same change for every later act of the session too: a member who leaves the room
       * (with or without a procuration), or comes back, for the rest of the séance. Not a withdrawal,
       * which is one affair's.
       */
      following: z.boolean().optional(),
    }),
  ),
  'act:presiding': channel<AttendanceView>()('setPresiding', z.strictObject({ body, date, act, memberId: member.nullable() })),
};
