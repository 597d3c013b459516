import { renderRecueil } from '../../services/documents/recueil';
import { writeOutputAsProduced } from '../output';
import type { CommandCode } from '../command';
import { bodyCode, parseCommand, required, sessionDate } from '../args';
import { counted } from '../../../shared/rules/plural';

export const recueilCommand: CommandCode = {
  async run(argv, { openDb, out, now }) {
    const { values } = parseCommand(argv, { session: { type: 'string' }, body: { type: 'string' }, out: { type: 'string' } });
    const target = required(values, 'out');
    const args = { body: bodyCode(values), date: sessionDate(values), now: now() };
    const db = await openDb();
    const { pageCount, sommaire } = await writeOutputAsProduced(target, (output) => renderRecueil(db, { ...args, output }));
    for (const entry of sommaire) out(`${entry.number}\tpage ${entry.page}`);
    out(`Recueil écrit dans ${target} : ${counted(sommaire.length, 'acte', 'actes')}, ${counted(pageCount, 'page', 'pages')}.`);
  },
};
