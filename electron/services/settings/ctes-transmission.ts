import { type CtesTransmissionSettings, checkCtesTransmission } from '../../../shared/rules/ctes-envelope';
import type { Db } from '../../db/open';
import { removeSetting, setSetting, settingValue } from '../../db/repositories/settings';

/** The settings keys of the @ctes envelope, one per field. */
const KEYS: Record<keyof CtesTransmissionSettings, string> = {
  arrondissement: 'ctes.arrondissement',
  collectivityNature: 'ctes.collectivity_nature',
  referentName: 'ctes.referent_name',
  referentTelephone: 'ctes.referent_telephone',
  referentEmail: 'ctes.referent_email',
};

const FIELDS = Object.keys(KEYS) as (keyof CtesTransmissionSettings)[];

/** The @ctes envelope settings of the register (null where not set). */
export function ctesTransmissionSettings(db: Db): CtesTransmissionSettings {
  return Object.fromEntries(FIELDS.map((f) => [f, settingValue(db, KEYS[f]) ?? null])) as unknown as CtesTransmissionSettings;
}

/** Checks then saves the @ctes envelope settings in one transaction; an empty field is unset. */
export function saveCtesTransmission(db: Db, input: CtesTransmissionSettings): CtesTransmissionSettings {
  const clean = Object.fromEntries(
    FIELDS.map((f) => {
      const v = input[f]?.replace(/\s+/g, ' ').trim() ?? '';
      return [f, v === '' ? null : v];
    }),
  ) as unknown as CtesTransmissionSettings;
  checkCtesTransmission(clean);
  db.transaction(() => {
    for (const f of FIELDS) {
      const v = clean[f];
      if (v === null) removeSetting(db, KEYS[f]);
      else setSetting(db, KEYS[f], v);
    }
  })();
  return ctesTransmissionSettings(db);
}
