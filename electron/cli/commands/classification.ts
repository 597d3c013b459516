import { readFileSync } from 'node:fs';
import { validationError } from '../../../shared/domain/errors';
import { numericDate } from '../../../shared/rules/french-dates';
import { activeClassification, replaceClassification } from '../../services/ctes/ctes-classification';
import { decodeXmlBytes } from '../../services/ctes/ctes-xml';
import type { CommandCode } from '../command';
import { parseCommand } from '../args';

export const classificationCommand: CommandCode = {
  async run(argv, { openDb, out, now }) {
    const { positionals } = parseCommand(argv, {});
    const file = positionals[0];
    if (file === undefined) {
      const c = activeClassification(await openDb());
      out(`Classification @ctes en vigueur : version du ${numericDate(c.date)}, ${c.subjects.length} matières.`);
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      throw validationError(`Fichier « ${file} » illisible ou introuvable.`, 'fichier');
    }
    const c = replaceClassification(await openDb(), decodeXmlBytes(bytes), now());
    out(`Classification @ctes de la préfecture enregistrée : version du ${numericDate(c.date)}, ${c.subjects.length} matières.`);
  },
};
