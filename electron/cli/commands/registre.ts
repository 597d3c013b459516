import { validationError } from '../../../shared/domain/errors';
import { renderRegistre } from '../../services/registre';
import { writeOutput } from '../output';
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
    const { bytes, pageCount, entries } = await renderRegistre(await openDb(), { body, year: Number(yearText), now: now() });
    writeOutput(target, bytes);
    for (const e of entries) out(`${e.date}\t${e.number}\tpage ${e.page}`);
    out(`Registre des délibérations écrit dans ${target} : ${entries.length} délibérations, ${pageCount} pages.`);
  },
};
