import { longDate } from '../../../shared/rules/french-dates';
import { importSessionText } from '../../services/sessions/session-import';
import type { Command } from '../command';
import { readInput } from '../input';
import { parseCommand } from '../args';

export const importCommand: Command = {
  name: 'import',
  usage: 'registre import <fichier.json> [--db <registre>]',
  async run(argv, { openDb, out }) {
    const { positionals } = parseCommand(argv, {});
    const { bytes } = readInput(positionals, 'Indiquez le fichier de séance à importer : registre import <fichier.json>.');
    const report = importSessionText(await openDb(), bytes.toString('utf8'));
    out(`Séance du ${longDate(report.date)} (${report.body}) importée : ${report.acts} actes, ${report.members} membres en exercice.`);
  },
};
