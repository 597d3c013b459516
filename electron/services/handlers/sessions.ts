import type { SESSION_CHANNELS } from '../../../shared/contract/channels/sessions';
import { listName } from '../../../shared/domain/member';
import { createSession, inOffice } from '../editing/session-create';
import type { Handlers } from './handler';

export const SESSION_HANDLERS: Handlers<typeof SESSION_CHANNELS> = {
  'members:in-office': (db, { body, date }) => inOffice(db, body, date).map((m) => ({ id: m.id, name: listName(m), quality: m.quality })),
  'session:create': (db, input) => createSession(db, input),
};
