import { renderListeDeliberations } from '../../services/documents/liste-deliberations';
import { writeOutput } from '../output';
import type { CommandCode } from '../command';
import { bodyCode, parseCommand, required, sessionDate } from '../args';
import { counted } from '../../../shared/rules/plural';

export const listeCommand: CommandCode = {
  async run(argv, { openDb, out, now }) {
    const { values } = parseCommand(argv, { session: { type: 'string' }, body: { type: 'string' }, out: { type: 'string' } });
    const date = sessionDate(values);
    const body = bodyCode(values);
    const target = required(values, 'out');
    const { bytes, pageCount, acts } = await renderListeDeliberations(await openDb(), { body, date, now: now() });
    writeOutput(target, bytes);
    out(`Liste des délibérations de la séance ${body} du ${date} écrite dans ${target} : ${counted(acts.length, 'délibération', 'délibérations')}, ${counted(pageCount, 'page', 'pages')}.`);
  },
};
