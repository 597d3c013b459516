import type { SESSION_CHANNELS } from '../../../shared/contract/channels/sessions';
import type { BodyCode } from '../../../shared/domain/body';
import { listName } from '../../../shared/domain/member';
import { isoDateOf } from '../../../shared/rules/french-dates';
import { createSession, inOffice } from '../../services/editing/session-create';
import { importSessionText } from '../../services/sessions/session-import';
import { deleteSession, sessionDetails, setRecueil, updateSession } from '../../services/editing/session-details';
import type { Handlers } from './handler';

export const SESSION_HANDLERS: Handlers<typeof SESSION_CHANNELS> = {
  'members:in-office': (db, { body, date }) => inOffice(db, body, date).map((m) => ({ id: m.id, name: listName(m), quality: m.quality })),
  'session:import': (db, { base64 }) => {
    const report = importSessionText(db, Buffer.from(base64, 'base64').toString('utf8'));
    return { body: report.body as BodyCode, date: report.date, acts: report.acts, members: report.members, seriesTaken: report.seriesTaken };
  },
  'session:create': (db, input, now) => createSession(db, input, isoDateOf(now)),
  'session:details': (db, { body, date }) => sessionDetails(db, body, date),
  'session:update': (db, input, now) => updateSession(db, input, isoDateOf(now)),
  'session:delete': (db, input) => deleteSession(db, input),
  'session:recueil': (db, input) => setRecueil(db, input),
};
