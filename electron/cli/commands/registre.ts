import { validationError } from '../../../shared/domain/errors';
import { longDate } from '../../../shared/rules/french-dates';
import { renderRegistre, type RegistreProgress } from '../../services/documents/registre';
import { writeOutputAsProduced } from '../output';
import type { Command } from '../command';
import { bodyCode, parseCommand, required } from '../args';

export const registreCommand: Command = {
  name: 'registre',
  usage: 'registre registre --body CP --year <AAAA> --out <fichier.pdf> [--db <registre>]',
  async run(argv, { openDb, out, now }) {
    const { values } = parseCommand(argv, { body: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' } });
    const yearText = required(values, 'year');
    if (!/^\d{4}$/.test(yearText)) throw validationError(`Option --year : « ${yearText} » n'est pas une année (AAAA).`, 'year');
    const target = required(values, 'out');
    const body = bodyCode(values);
    // One line per séance as it is written, then the summary: a year of 1 500 acts is not 1 500 lines.
    const onProgress = (p: RegistreProgress) =>
      out(`Séance ${p.done}/${p.sessions} du ${longDate(p.date)} : ${p.acts} délibération${p.acts > 1 ? 's' : ''}, ${p.pages} pages écrites.`);
    const db = await openDb();
    const { pageCount, entries } = await writeOutputAsProduced(target, (output) => renderRegistre(db, { body, year: Number(yearText), now: now(), onProgress, output }));
    out(`Registre des délibérations écrit dans ${target} : ${entries.length} délibérations, ${pageCount} pages.`);
  },
};
