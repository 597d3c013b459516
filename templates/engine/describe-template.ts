import { parseTemplate } from './parse-template';
import type { TemplateDescription } from './template';

/**
 * A shipped template's description with its loader: the source is parsed against the catalogue
 * and errors name the template, e.g. « Modèle « extrait », ligne 24 : champ inconnu {acte.numero}. ».
 */
export function describeTemplate<N extends string>(description: Omit<TemplateDescription<N>, 'load'>): TemplateDescription<N> {
  return { ...description, load: (source) => parseTemplate(description.name, source, description.catalogue) };
}
