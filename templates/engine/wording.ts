import { validationError } from '../../shared/domain/errors';
import type { Catalogue } from './template';

/**
 * A convention's computed texts with the act's own wording laid over them (a published typo kept,
 * a formula reworded). An override must name a text field of the catalogue: else a French message
 * naming the convention and the field, e.g. « Convention CO 2023-1 : wording.objet ne correspond à
 * aucun champ du modèle ; … ».
 */
export function withWording<T extends string>(
  texts: Record<T, string | null>,
  catalogue: Catalogue<T, string>,
  wording: Readonly<Record<string, string>>,
  conventionNumber: string,
): Record<T, string | null> {
  const isField = (field: string): field is T => Object.hasOwn(catalogue.texts, field);
  const result = { ...texts };
  for (const [field, value] of Object.entries(wording)) {
    if (!isField(field)) {
      throw validationError(
        `Convention ${conventionNumber} : wording.${field} ne correspond à aucun champ du modèle ; champs possibles : ${Object.keys(catalogue.texts).join(', ')}.`,
        `wording.${field}`,
      );
    }
    result[field] = value;
  }
  return result;
}
