import { CONVENTION_TEMPLATE } from './convention-garantie/template';
import { TRIPARTITE_TEMPLATE } from './convention-tripartite/template';
import type { Template, TemplateDescription } from './engine/template';
import { EXTRACT_TEMPLATE } from './extrait/template';
import { LISTE_TEMPLATE } from './liste-deliberations/template';
import { RECUEIL_BACK_COVER, RECUEIL_COVER, RECUEIL_SOMMAIRE } from './recueil/templates';
import {
  REGISTRE_CHRONOLOGICAL_TABLE,
  REGISTRE_CLOSING,
  REGISTRE_COVER,
  REGISTRE_SUBJECT_GROUP,
  REGISTRE_SUBJECT_TABLE,
} from './registre/templates';
import { shippedTemplate } from './template-files';

/** Every template the app ships, each declared in its own folder, in the order of the Paramètres screen. */
export const TEMPLATES = [
  EXTRACT_TEMPLATE,
  LISTE_TEMPLATE,
  RECUEIL_COVER,
  RECUEIL_SOMMAIRE,
  RECUEIL_BACK_COVER,
  REGISTRE_COVER,
  REGISTRE_CLOSING,
  REGISTRE_CHRONOLOGICAL_TABLE,
  REGISTRE_SUBJECT_TABLE,
  REGISTRE_SUBJECT_GROUP,
  CONVENTION_TEMPLATE,
  TRIPARTITE_TEMPLATE,
] as const;

/** 'extrait', 'recueil-couverture'…: a misspelt name does not compile. */
export type TemplateName = (typeof TEMPLATES)[number]['name'];

/**
 * The versions saved in Paramètres, by template name (read from the register by electron/); a
 * template absent here prints its shipped file. A later version may be laid over it, e.g. the one an
 * act was issued with: templateFor({ ...saved, ...issuedWith }, 'extrait').
 */
export type SavedTemplates = Partial<Record<TemplateName, string>>;

/** The shipped template of that name, or undefined for a name the app does not know. */
export function describedTemplate(name: string): TemplateDescription<TemplateName> | undefined {
  return TEMPLATES.find((t) => t.name === name);
}

/**
 * The template a document is printed with: its saved version when there is one, else its shipped
 * file, parsed against its catalogue, e.g. templateFor(savedTemplates(db), 'extrait').
 */
export function templateFor(saved: SavedTemplates, name: TemplateName): Template {
  // Every TemplateName is the name of one of TEMPLATES.
  const description = describedTemplate(name) as TemplateDescription<TemplateName>;
  return description.load(saved[name] ?? shippedTemplate(description.file));
}
