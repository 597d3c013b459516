import type { ATTENDANCE_CHANNELS } from '../../../shared/contract/channels/attendance';
import { setActAttendance, setPresiding, setSessionAttendance } from '../../services/editing/attendance-edit';
import { attendanceView } from '../../services/editing/attendance-view';
import type { Handlers } from './handler';

// Each change answers with the whole grid, its quorum and presiding members recomputed.
export const ATTENDANCE_HANDLERS: Handlers<typeof ATTENDANCE_CHANNELS> = {
  'attendance:get': (db, { body, date }) => attendanceView(db, body, date),
  'attendance:set': (db, input) => {
    setSessionAttendance(db, input);
    return attendanceView(db, input.body, input.date);
  },
  'act-attendance:set': (db, input) => {
    setActAttendance(db, input);
    return attendanceView(db, input.body, input.date);
  },
  'act:presiding': (db, input) => {
    setPresiding(db, input);
    return attendanceView(db, input.body, input.date);
  },
};
