import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { validationError } from '../../../shared/domain/errors';
import { longDate } from '../../../shared/rules/french-dates';
import { importSessionText, importSessionTexts } from '../../services/sessions/session-import';
import type { Command } from '../command';
import { readInput } from '../input';
import { parseCommand } from '../args';

export const importCommand: Command = {
  name: 'import',
  usage: 'registre import <fichier.json>… [--db <registre>]',
  async run(argv, { openDb, out }) {
    const { positionals } = parseCommand(argv, {});
    if (positionals.length <= 1) {
      const { bytes } = readInput(positionals, 'Indiquez le fichier de séance à importer : registre import <fichier.json>.');
      const report = importSessionText(await openDb(), bytes.toString('utf8'));
      out(`Séance du ${longDate(report.date)} (${report.body}) importée : ${report.acts} actes, ${report.members} membres en exercice.`);
      return;
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
    out(`${reports.length} séances importées (du ${longDate(reports[0]!.date)} au ${longDate(reports.at(-1)!.date)}) : ${acts} actes.`);
  },
};
