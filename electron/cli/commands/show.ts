import { showSession } from '../../services/sessions/session-view';
import type { CommandCode } from '../command';
import { bodyCode, parseCommand, sessionDate } from '../args';

export const showCommand: CommandCode = {
  async run(argv, { readDb, out }) {
    const { values } = parseCommand(argv, { session: { type: 'string' }, body: { type: 'string' }, act: { type: 'string' } });
    const act = typeof values.act === 'string' ? values.act : undefined;
    const body = bodyCode(values);
    const date = sessionDate(values);
    out(showSession(await readDb(), body, date, act));
  },
};
