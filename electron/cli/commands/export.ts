import { exportSession } from '../../services/sessions/session-export';
import { writeOutput } from '../output';
import type { CommandCode } from '../command';
import { bodyCode, parseCommand, required, sessionDate } from '../args';

export const exportCommand: CommandCode = {
  async run(argv, { readDb, out }) {
    const { values } = parseCommand(argv, { session: { type: 'string' }, body: { type: 'string' }, out: { type: 'string' } });
    const date = sessionDate(values);
    const body = bodyCode(values);
    const file = required(values, 'out');
    const data = exportSession(await readDb(), body, date);
    writeOutput(file, `${JSON.stringify(data, null, 2)}\n`);
    out(`Séance exportée dans ${file}.`);
  },
};
