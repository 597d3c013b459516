import { checkInternalNumberPattern } from '../../../shared/rules/ctes-id';
import { internalNumberPattern, setInternalNumberPattern } from '../../db/repositories/settings';
import type { Command } from '../command';
import { parseCommand } from '../args';

export const settingsCommand: Command = {
  name: 'settings',
  usage: 'registre settings [--internal-number-pattern "<motif>"]   (sans option : affiche les paramètres)',
  async run(argv, { openDb, out }) {
    const { values } = parseCommand(argv, { 'internal-number-pattern': { type: 'string' } });
    const pattern = values['internal-number-pattern'];
    if (typeof pattern === 'string') checkInternalNumberPattern(pattern);
    const db = await openDb();
    if (typeof pattern === 'string') db.transaction(() => setInternalNumberPattern(db, pattern))();
    out(`Modèle des numéros internes @ctes : ${internalNumberPattern(db)}`);
  },
};
