import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { validationError } from '../../../shared/domain/errors';
import { longDate } from '../../../shared/rules/french-dates';
import { parseJsonText } from '../../../shared/rules/json-text';
import { seriesTakenNote } from '../../../shared/session-file/series-taken';
import { importSessionText, importSessionTexts } from '../../services/sessions/session-import';
import type { CommandCode } from '../command';
import { readInput } from '../input';
import { parseCommand } from '../args';
import { counted } from '../../../shared/rules/plural';

/** The JSON of the file given to an option, e.g. --conventions conventions.json. */
function readJson(file: string): unknown {
  const { bytes } = readInput([file], '');
  return parseJsonText(bytes.toString('utf8'), `Le fichier « ${file} »`);
}

export const importCommand: CommandCode = {
  async run(argv, { openDb, out }) {
    const { positionals, values } = parseCommand(argv, { conventions: { type: 'string' } });
    if (positionals.length <= 1) {
      const { bytes } = readInput(positionals, 'Indiquez le fichier de séance à importer : registre import <fichier.json>.');
      // A session's conventions come in with it, before its acts are executory: an executory act takes none.
      const conventions = typeof values.conventions === 'string' ? readJson(values.conventions) : undefined;
      const report = importSessionText(await openDb(), bytes.toString('utf8'), conventions);
      const n = report.conventions.length;
      out(
        `Séance du ${longDate(report.date)} (${report.body}) importée : ${counted(report.acts, 'acte', 'actes')}, ${counted(report.members, 'membre en exercice', 'membres en exercice')}` +
          (n === 0 ? '.' : `, ${counted(n, 'convention', 'conventions')} (${report.conventions.join(', ')}).`) +
          seriesTakenNote(report.seriesTaken),
      );
      return;
    }
    if (values.conventions !== undefined) {
      throw validationError('--conventions accompagne une seule séance : importez-la seule avec son fichier de conventions.', 'conventions');
    }
    // Several files (the years of a register kept elsewhere): one transaction, all or none; each
    // file read when its turn comes, so that only one is in memory at a time.
    const files = function* () {
      for (const file of positionals) {
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch {
          throw validationError(`Fichier « ${file} » illisible ou introuvable.`, 'fichier');
        }
        yield { name: basename(file), text };
      }
    };
    const reports = importSessionTexts(await openDb(), files());
    const acts = reports.reduce((n, r) => n + r.acts, 0);
    out(`${counted(reports.length, 'séance importée', 'séances importées')} (du ${longDate(reports[0]!.date)} au ${longDate(reports.at(-1)!.date)}) : ${counted(acts, 'acte', 'actes')}.`);
  },
};
