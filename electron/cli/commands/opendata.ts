import { validationError } from '../../../shared/domain/errors';
import { openDataParts } from '../../services/documents/opendata';
import type { CommandCode } from '../command';
import { parseCommand, required } from '../args';
import { writeOutputParts } from '../output';
import { counted } from '../../../shared/rules/plural';

export const opendataCommand: CommandCode = {
  async run(argv, { readDb, out }) {
    const { values } = parseCommand(argv, { year: { type: 'string' }, siret: { type: 'string' }, out: { type: 'string' } });
    const yearText = required(values, 'year');
    if (!/^[0-9]{4}$/.test(yearText)) throw validationError(`Option --year : « ${yearText} » invalide ; quatre chiffres attendus, par exemple 2023.`, 'year');
    const target = required(values, 'out');
    // --siret replaces, for this export, the SIRET set in Paramètres › Collectivité.
    const siret = typeof values.siret === 'string' ? values.siret : null;
    // Written as the séances are read, one at a time: a year of thousands of acts is never held whole.
    const { parts, summary } = openDataParts(await readDb(), { year: Number(yearText), siret });
    writeOutputParts(target, parts);
    out(`${counted(summary.rows, `délibération de ${yearText} écrite`, `délibérations de ${yearText} écrites`)} dans ${target} (format SCDL Délibérations).`);
    if (summary.withoutSubject.length > 0) {
      out(`Attention : ${counted(summary.withoutSubject.length, 'acte', 'actes')} sans matière @ctes (DELIB_MATIERE_CODE vide) : ${summary.withoutSubject.join(', ')}.`);
    }
  },
};
