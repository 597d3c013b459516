import type { CtesTransmissionSettings } from '../../../shared/rules/ctes-envelope';
import { checkInternalNumberPattern } from '../../../shared/rules/internal-number';
import { internalNumberPattern, setInternalNumberPattern } from '../../db/repositories/settings';
import { ctesTransmissionSettings, saveCtesTransmission } from '../../services/settings/ctes-transmission';
import type { CommandCode } from '../command';
import { parseCommand } from '../args';

/** The options that set the @ctes envelope, by the settings field they fill. */
const CTES_OPTIONS: Record<string, keyof CtesTransmissionSettings> = {
  arrondissement: 'arrondissement',
  'nature-collectivite': 'collectivityNature',
  'referent-nom': 'referentName',
  'referent-telephone': 'referentTelephone',
  'referent-courriel': 'referentEmail',
};

const LABELS: Record<keyof CtesTransmissionSettings, string> = {
  arrondissement: 'Arrondissement',
  collectivityNature: 'Nature @ctes de la collectivité',
  referentName: 'Référent @ctes',
  referentTelephone: 'Téléphone du référent',
  referentEmail: 'Courriel du référent',
};

export const settingsCommand: CommandCode = {
  async run(argv, { openDb, out }) {
    const { values } = parseCommand(argv, {
      'internal-number-pattern': { type: 'string' },
      ...Object.fromEntries(Object.keys(CTES_OPTIONS).map((o) => [o, { type: 'string' as const }])),
    });
    const pattern = values['internal-number-pattern'];
    if (typeof pattern === 'string') checkInternalNumberPattern(pattern);
    const db = await openDb();
    if (typeof pattern === 'string') db.transaction(() => setInternalNumberPattern(db, pattern))();
    const given = Object.entries(CTES_OPTIONS).filter(([o]) => typeof values[o] === 'string');
    if (given.length > 0) {
      const current = ctesTransmissionSettings(db);
      saveCtesTransmission(db, { ...current, ...Object.fromEntries(given.map(([o, f]) => [f, values[o] as string])) });
    }
    out(`Modèle des numéros internes @ctes : ${internalNumberPattern(db)}`);
    if (given.length > 0) {
      const saved = ctesTransmissionSettings(db);
      for (const [f, label] of Object.entries(LABELS) as [keyof CtesTransmissionSettings, string][]) out(`${label} : ${saved[f] ?? '—'}`);
    }
  },
};
