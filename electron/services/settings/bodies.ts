import type { BodyView } from '../../../shared/contract/channels/settings';
import type { BodyCode } from '../../../shared/domain/body';
import { BODY_CODES } from '../../../shared/domain/body';
import { validationError } from '../../../shared/domain/errors';
import type { Db } from '../../db/open';
import { actsOutOfSecretariat, someActs } from '../../db/repositories/act-life';
import { bodyNameWithSeries, countBodyActs, findBodyRow, listBodyRows, upsertBody } from '../../db/repositories/bodies';
import type { BodyRow } from '../../db/rows';
import { counted } from '../../../shared/rules/plural';

const toView = (db: Db, r: BodyRow): BodyView => ({
  code: r.code,
  name: r.name,
  heading: r.heading,
  assembly: r.assembly,
  series: r.series,
  acts: countBodyActs(db, r.id),
});

/** The bodies of the register, CP then CD, with how many acts carry their series letter. */
export function listBodies(db: Db): BodyView[] {
  const rows = listBodyRows(db);
  return BODY_CODES.flatMap((code) => rows.filter((r) => r.code === code).map((r) => toView(db, r)));
}

/**
 * Creates or corrects a body: its names and its series letter. The letter is unique between
 * bodies, and frozen once the body has acts: their numbers were printed and transmitted with it.
 */
export function saveBody(db: Db, b: Omit<BodyView, 'acts'>): BodyView {
  if (!/^[A-Z]$/.test(b.series)) {
    throw validationError(`Lettre de série « ${b.series} » invalide : une lettre majuscule sans accent, de A à Z.`, 'series');
  }
  return db.transaction(() => {
    const current = findBodyRow(db, b.code);
    const other = bodyNameWithSeries(db, b.series, b.code);
    if (other !== undefined) throw validationError(`Lettre de série « ${b.series} » déjà utilisée par l'organe « ${other} » : chaque organe a sa lettre.`, 'series');
    const reworded = current === undefined ? undefined : (['name', 'heading', 'assembly'] as const).find((k) => current[k] !== b[k]);
    if (current !== undefined && reworded !== undefined) {
      const frozen = actsOutOfSecretariat(db, { bodyId: current.id });
      if (frozen.length > 0) {
        // The extracts print these words from the register: a change would rewrite acts already sent.
        throw validationError(
          `L'organe a des actes qui ont quitté le secrétariat (${someActs(frozen)}) : son nom, son intitulé et sa formule d'examen, qu'ils impriment, ne peuvent plus changer.`,
          reworded,
        );
      }
    }
    if (current !== undefined && current.series !== b.series) {
      const acts = toView(db, current).acts;
      if (acts > 0) {
        throw validationError(
          `Lettre de série : l'organe a déjà ${counted(acts, 'acte numéroté', 'actes numérotés')} « ${current.series}… » ; ` +
            'la lettre ne peut plus changer, les numéros déjà imprimés et transmis la portent.',
          'series',
        );
      }
    }
    upsertBody(db, b);
    const saved = findBodyRow(db, b.code);
    if (saved === undefined) throw new Error(`body ${b.code} not saved`);
    return toView(db, saved);
  })();
}

/** The body's row id; a body the register does not have yet is named in the message. */
export function bodyId(db: Db, code: BodyCode): number {
  const id = findBodyRow(db, code)?.id;
  if (id === undefined) {
    throw validationError(`Organe ${code} absent du registre : enregistrez-le d'abord dans l'onglet « Organes ».`, 'body');
  }
  return id;
}
