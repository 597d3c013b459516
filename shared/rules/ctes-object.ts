/*
 * The object of an act is what the préfecture reads first: @ctes carries it in actes:Objet, which
 * the official schema limits to 500 characters (runs of spaces and line breaks counting as one). An
 * act whose object is longer could be voted and published but never transmitted — so the limit is
 * the object's own, checked where it is typed and imported, not only when the package is made.
 */

/** actes:Objet's limit in the ACTES schema (actesv1_1.xsd). */
export const CTES_MAX_OBJECT = 500;

/** The object as @ctes carries it: one line, runs of spaces as one. */
export function ctesObject(object: string): string {
  return object.replace(/\s+/g, ' ').trim();
}

/**
 * The rule broken by an object too long for @ctes, in French, without the field's name (the caller
 * prefixes it); null when it fits.
 *
 * @example ctesObjectIssue('x'.repeat(501)) → '501 caractères ; @ctes, par lequel l’acte est transmis au contrôle de légalité, en accepte 500 au plus : raccourcissez-le'
 */
export function ctesObjectIssue(object: string): string | null {
  const length = ctesObject(object).length;
  return length <= CTES_MAX_OBJECT
    ? null
    : `${length} caractères ; @ctes, par lequel l’acte est transmis au contrôle de légalité, en accepte ${CTES_MAX_OBJECT} au plus : raccourcissez-le`;
}
