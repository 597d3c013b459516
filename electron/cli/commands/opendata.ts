import { validationError } from '../../../shared/domain/errors';
import { exportOpenData } from '../../services/documents/opendata';
import type { Command } from '../command';
import { parseCommand, required } from '../args';
import { writeOutput } from '../output';

export const opendataCommand: Command = {
  name: 'opendata',
  usage: 'registre opendata --year <AAAA> --out <fichier.csv> [--siret <14 chiffres>] [--db <registre>]',
  async run(argv, { openDb, out }) {
    const { values } = parseCommand(argv, { year: { type: 'string' }, siret: { type: 'string' }, out: { type: 'string' } });
    const yearText = required(values, 'year');
    if (!/^[0-9]{4}$/.test(yearText)) throw validationError(`Option --year : « ${yearText} » invalide ; quatre chiffres attendus, par exemple 2023.`, 'year');
    const target = required(values, 'out');
    // --siret replaces, for this export, the SIRET set in Paramètres › Collectivité.
    const siret = typeof values.siret === 'string' ? values.siret : null;
    const result = exportOpenData(await openDb(), { year: Number(yearText), siret });
    writeOutput(target, result.csv);
    out(`${result.rows} délibérations de ${yearText} écrites dans ${target} (format SCDL Délibérations).`);
    if (result.withoutSubject.length > 0) {
      out(`Attention : ${result.withoutSubject.length} acte(s) sans matière @ctes (DELIB_MATIERE_CODE vide) : ${result.withoutSubject.join(', ')}.`);
    }
  },
};
