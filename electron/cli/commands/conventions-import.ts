import { readFileSync } from 'node:fs';
import { validationError } from '../../../shared/domain/errors';
import { longDate } from '../../../shared/rules/french-dates';
import { importConventions } from '../../services/conventions';
import type { Command } from '../command';
import { parseCommand } from '../args';

export const conventionsImportCommand: Command = {
  name: 'conventions-import',
  usage: 'registre conventions-import <fichier.json> [--db <registre>]',
  async run(argv, { openDb, out }) {
    const { positionals } = parseCommand(argv, {});
    const file = positionals[0];
    if (file === undefined) throw validationError('Indiquez le fichier de conventions à importer : registre conventions-import <fichier.json>.', 'fichier');
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw validationError(
        e instanceof SyntaxError ? `Le fichier « ${file} » n'est pas un JSON valide : ${e.message}.` : `Fichier « ${file} » illisible ou introuvable.`,
        'fichier',
      );
    }
    const report = importConventions(await openDb(), json);
    const n = report.numbers.length;
    out(`${n} ${n > 1 ? 'conventions importées' : 'convention importée'} pour la séance ${report.body} du ${longDate(report.date)} : ${report.numbers.join(', ')}.`);
  },
};
