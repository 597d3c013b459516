import type { CollectivityView } from '../../../shared/contract/channels/settings';
import { refuseAll, validationError } from '../../../shared/domain/errors';
import { isValidDepartmentCode, isValidSiren } from '../../../shared/rules/ctes-id';
import { checkSiret } from '../../../shared/rules/siret';
import type { Db } from '../../db/open';
import { actsOutOfSecretariat, someActs } from '../../db/repositories/act-life';
import { getCollectivity, getCollectivitySiret, setCollectivity } from '../../db/repositories/collectivity';

/**
 * Sets the collectivity's name, département code, SIREN, SIRET and publication site, checked as
 * @ctes and open data check them (the Luhn keys, a three-character département code, a SIRET
 * starting with the SIREN). One transaction.
 */
export function saveCollectivity(db: Db, c: CollectivityView): CollectivityView {
  // Every field is checked before refusing: the form shows all its refusals after one click.
  refuseAll([
    () => {
      if (!isValidDepartmentCode(c.departmentCode)) {
        throw validationError(`Code département « ${c.departmentCode} » invalide : trois caractères, par exemple 083, 02A, 02B ou 974.`, 'departmentCode');
      }
    },
    () => {
      if (!/^[0-9]{9}$/.test(c.siren)) throw validationError(`SIREN « ${c.siren} » invalide : neuf chiffres attendus.`, 'siren');
      if (!isValidSiren(c.siren)) {
        throw validationError(`SIREN « ${c.siren} » invalide : la clé de contrôle (formule de Luhn) est fausse ; vérifiez la saisie.`, 'siren');
      }
    },
    () => {
      if (c.siret !== null) checkSiret(c.siret, c.siren);
    },
  ]);
  db.transaction(() => {
    const current = getCollectivity(db);
    const reidentified = current === null ? undefined : (['departmentCode', 'siren'] as const).find((k) => current[k] !== c[k]);
    if (reidentified !== undefined) {
      const frozen = actsOutOfSecretariat(db, 'all');
      // Every act's @ctes reference, printed on its extract, is made of the département code and the SIREN.
      if (frozen.length > 0) {
        throw validationError(
          `Des actes ont quitté le secrétariat (${someActs(frozen)}) et leur référence technique imprimée porte le code département et le SIREN : ils ne peuvent plus changer.`,
          reidentified,
        );
      }
    }
    setCollectivity(db, c);
  })();
  return collectivityView(db) as CollectivityView;
}

/** The collectivity as Paramètres shows it, SIRET included; null in an empty register. */
export function collectivityView(db: Db): CollectivityView | null {
  const c = getCollectivity(db);
  return c === null ? null : { ...c, siret: getCollectivitySiret(db) };
}
