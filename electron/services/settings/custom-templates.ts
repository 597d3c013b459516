import type { TemplateSummary, TemplateView } from '../../../shared/contract/channels/settings';
import { AppError } from '../../../shared/domain/errors';
import { shippedTemplate } from '../../../templates/template-files';
import type { Db } from '../../db/open';
import { removeSetting, setSetting, settingValue } from '../../db/repositories/settings';
import type { ShippedTemplateInfo } from './template-catalogue';
import { SHIPPED_TEMPLATES } from './template-catalogue';

/*
 * A custom template is kept IN THE REGISTER (settings key `template.<name>`), not beside the app:
 * it travels with the register's backups, and an update of the app never overwrites it.
 */
const key = (name: string) => `template.${name}`;

function info(name: string): ShippedTemplateInfo {
  const found = SHIPPED_TEMPLATES.find((t) => t.name === name);
  if (found === undefined) {
    throw new AppError('not_found', `Modèle « ${name} » inconnu ; modèles possibles : ${SHIPPED_TEMPLATES.map((t) => t.name).join(', ')}.`, 'name');
  }
  return found;
}

/** The register's custom version of a template, or undefined to use the shipped one. */
export function customTemplate(db: Db, name: string): string | undefined {
  return settingValue(db, key(info(name).name));
}

const placeholders = (entries: Record<string, string>) => Object.entries(entries).map(([name, description]) => ({ name, description }));

const summary = (db: Db, t: ShippedTemplateInfo): TemplateSummary => ({
  name: t.name,
  title: t.title,
  purpose: t.purpose,
  custom: settingValue(db, key(t.name)) !== undefined,
  texts: placeholders(t.catalogue.texts),
  lists: placeholders(t.catalogue.lists),
});

export function listTemplates(db: Db): TemplateSummary[] {
  return SHIPPED_TEMPLATES.map((t) => summary(db, t));
}

/** The template's text as the documents use it: the custom version, else the shipped file. */
export function showTemplate(db: Db, name: string): TemplateView {
  const t = info(name);
  return { ...summary(db, t), text: settingValue(db, key(name)) ?? shippedTemplate(t.file) };
}

/**
 * Stores a custom version once the template engine accepted it as the builder will read it; a
 * refused text gives the engine's French message with its line, and the register is unchanged.
 */
export function saveTemplate(db: Db, name: string, text: string): TemplateView {
  info(name).check(text);
  db.transaction(() => setSetting(db, key(name), text))();
  return showTemplate(db, name);
}

/** Back to the shipped template: the custom version is removed from the register. */
export function resetTemplate(db: Db, name: string): TemplateView {
  info(name);
  db.transaction(() => removeSetting(db, key(name)))();
  return showTemplate(db, name);
}

/**
 * The custom sources of a builder's templates, by the builder's keys, e.g.
 * customSources(db, { cover: 'recueil-couverture' }) → { cover: '…' } when the register has one.
 */
export function customSources<K extends string>(db: Db, names: Record<K, string>): Partial<Record<K, string>> {
  const sources: Partial<Record<K, string>> = {};
  for (const [k, name] of Object.entries(names) as [K, string][]) {
    const source = customTemplate(db, name);
    if (source !== undefined) sources[k] = source;
  }
  return sources;
}
