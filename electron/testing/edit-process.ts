import type { ActEditorView } from '../../shared/contract/channels/acts';
import type { SessionDetailsView } from '../../shared/contract/channels/sessions';
import type { Result } from '../../shared/domain/errors';
import { connect } from '../db/open';
import { handle } from '../door/dispatch';
import { lockRegister } from '../services/register/register-lock';

// Test probe (see db/edit-crash.test.ts): a process that edits a register as the app does, edit
// after edit, each one transaction through the door, until it is killed. Edit n moves the session
// to « Lieu n » when n is odd, rewrites G25's object and its 300 visas as « n » when n is even.
const [file] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: edit-process <registre>');
lockRegister(file);
const db = connect(file);
const session = { body: 'CP', date: '2023-10-16' } as const;
const now = new Date('2023-10-17T09:00:00Z');

/** The value of a door's reply, which must be a success: the door is untyped, the channel's result type is given. */
async function value<T>(reply: Promise<Result<unknown>>): Promise<T> {
  const r = await reply;
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

const details = await value<SessionDetailsView>(handle(db, 'session:details', session, now));
const act = await value<ActEditorView>(handle(db, 'act:get', { ...session, act: 'G25' }, now));
process.stdout.write('prêt\n');
for (let n = 1; ; n++) {
  if (n % 2 === 1) {
    await value(
      handle(db, 'session:update', { ...session, newDate: session.date, time: details.time, place: `Lieu ${n}`, presidentId: details.presidentId, certifier: details.certifier }, now),
    );
  } else {
    const visas = Array.from({ length: 300 }, (_, i) => `Visa ${n}.${i}`);
    await value(handle(db, 'act:save', { ...session, act: 'G25', content: { ...act.content, object: `Objet ${n}`, visas } }, now));
  }
}
