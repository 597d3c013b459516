import { longDate } from '../../../shared/rules/french-dates';
import { parseJsonText } from '../../../shared/rules/json-text';
import { seriesTakenNote } from '../../../shared/session-file/series-taken';
import { importSessionText } from '../../services/sessions/session-import';
import type { Command } from '../command';
import { readInput } from '../input';
import { parseCommand } from '../args';

/** The JSON of the file given to an option, e.g. --conventions conventions.json. */
function readJson(file: string): unknown {
  const { bytes } = readInput([file], '');
  return parseJsonText(bytes.toString('utf8'), `Le fichier « ${file} »`);
}

export const importCommand: Command = {
  name: 'import',
  usage: 'registre import <fichier.json> [--conventions <conventions.json>] [--db <registre>]',
  async run(argv, { openDb, out }) {
    const { positionals, values } = parseCommand(argv, { conventions: { type: 'string' } });
    const { bytes } = readInput(positionals, 'Indiquez le fichier de séance à importer : registre import <fichier.json>.');
    // A session's conventions come in with it, before its acts are executory: an executory act takes none.
    const conventions = typeof values.conventions === 'string' ? readJson(values.conventions) : undefined;
    const report = importSessionText(await openDb(), bytes.toString('utf8'), conventions);
    const n = report.conventions.length;
    out(
      `Séance du ${longDate(report.date)} (${report.body}) importée : ${report.acts} actes, ${report.members} membres en exercice` +
        (n === 0 ? '.' : `, ${n} ${n > 1 ? 'conventions' : 'convention'} (${report.conventions.join(', ')}).`) +
        seriesTakenNote(report.seriesTaken),
    );
  },
};
