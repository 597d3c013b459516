import { validationError } from '../../../shared/domain/errors';
import { longDate } from '../../../shared/rules/french-dates';
import { renderRegistre, type RegistreProgress } from '../../services/documents/registre';
import { writeOutputAsProduced } from '../output';
import type { CommandCode } from '../command';
import { bodyCode, parseCommand, required } from '../args';
import { counted } from '../../../shared/rules/plural';

/** "[██████░░░░░░░░░░░░░░]": `done` out of `total` on 20 cells. */
function progressBar(done: number, total: number): string {
  const filled = Math.round((20 * done) / Math.max(total, 1));
  return `[${'█'.repeat(filled)}${'░'.repeat(20 - filled)}]`;
}

export const registreCommand: CommandCode = {
  async run(argv, { openDb, out, status, now }) {
    const { values } = parseCommand(argv, { body: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' } });
    const yearText = required(values, 'year');
    if (!/^\d{4}$/.test(yearText)) throw validationError(`Option --year : « ${yearText} » n'est pas une année (AAAA).`, 'year');
    const target = required(values, 'out');
    const body = bodyCode(values);
    // One line per séance as it is written (a bar on a terminal), then the summary: a year of 1 500 acts is not 1 500 lines.
    const line = (p: RegistreProgress) =>
      `Séance ${p.done}/${p.sessions} du ${longDate(p.date)} : ${counted(p.acts, 'délibération', 'délibérations')}, ${counted(p.pages, 'page écrite', 'pages écrites')}.`;
    const onProgress = (p: RegistreProgress) => (status === null ? out(line(p)) : status(`${progressBar(p.done, p.sessions)} ${line(p)}`));
    const db = await openDb();
    const { pageCount, entries } = await writeOutputAsProduced(target, (output) => renderRegistre(db, { body, year: Number(yearText), now: now(), onProgress, output }));
    out(`Registre des délibérations écrit dans ${target} : ${counted(entries.length, 'délibération', 'délibérations')}, ${counted(pageCount, 'page', 'pages')}.`);
  },
};
