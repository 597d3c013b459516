import { readFileSync } from 'node:fs';
import { validationError } from '../../../shared/domain/errors';
import { longDate } from '../../../shared/rules/french-dates';
import { importSessionText } from '../../services/session-import';
import type { Command } from '../command';
import { parseCommand } from '../args';

export const importCommand: Command = {
  name: 'import',
  usage: 'registre import <fichier.json> [--db <registre>]',
  async run(argv, { openDb, out }) {
    const { positionals } = parseCommand(argv, {});
    const file = positionals[0];
    if (file === undefined) throw validationError('Indiquez le fichier de séance à importer : registre import <fichier.json>.', 'fichier');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw validationError(`Fichier « ${file} » illisible ou introuvable.`, 'fichier');
    }
    const report = importSessionText(await openDb(), text);
    out(`Séance du ${longDate(report.date)} (${report.body}) importée : ${report.acts} actes, ${report.members} membres en exercice.`);
  },
};
