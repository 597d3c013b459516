import { longDate } from '../../../shared/rules/french-dates';
import { parseJsonText } from '../../../shared/rules/json-text';
import { importConventions } from '../../services/documents/conventions';
import type { CommandCode } from '../command';
import { readInput } from '../input';
import { parseCommand } from '../args';

export const conventionsImportCommand: CommandCode = {
  async run(argv, { openDb, out }) {
    const { positionals } = parseCommand(argv, {});
    const { file, bytes } = readInput(positionals, 'Indiquez le fichier de conventions à importer : registre conventions-import <fichier.json>.');
    const json = parseJsonText(bytes.toString('utf8'), `Le fichier « ${file} »`);
    const report = importConventions(await openDb(), json);
    const n = report.numbers.length;
    out(`${n} ${n > 1 ? 'conventions importées' : 'convention importée'} pour la séance ${report.body} du ${longDate(report.date)} : ${report.numbers.join(', ')}.`);
  },
};
