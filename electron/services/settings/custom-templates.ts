import type { TemplateSummary, TemplateView } from '../../../shared/contract/channels/settings';
import { AppError } from '../../../shared/domain/errors';
import type { SavedTemplates, TemplateName } from '../../../templates/catalogue';
import { describedTemplate, TEMPLATES } from '../../../templates/catalogue';
import type { TemplateDescription } from '../../../templates/engine/template';
import { shippedTemplate, useTemplatesRoot } from '../../../templates/template-files';
import type { Db } from '../../db/open';
import { removeSetting, setSetting, settingValue } from '../../db/repositories/settings';
import { appFile } from '../../resources';

// Every document service reads its templates through this module: templates/ is told here where it is.
useTemplatesRoot(appFile('templates'));

/*
 * A custom template is kept IN THE REGISTER (settings key `template.<name>`), not beside the app:
 * it travels with the register's backups, and an update of the app never overwrites it.
 */
const key = (name: TemplateName) => `template.${name}`;

function info(name: string): TemplateDescription<TemplateName> {
  const found = describedTemplate(name);
  if (found === undefined) {
    throw new AppError('not_found', `Modèle « ${name} » inconnu ; modèles possibles : ${TEMPLATES.map((t) => t.name).join(', ')}.`, 'name');
  }
  return found;
}

/**
 * The versions saved in Paramètres, which every document prints with, e.g.
 * templateFor(savedTemplates(db), 'extrait').
 */
export function savedTemplates(db: Db): SavedTemplates {
  const saved: SavedTemplates = {};
  for (const t of TEMPLATES) {
    const text = settingValue(db, key(t.name));
    if (text !== undefined) saved[t.name] = text;
  }
  return saved;
}

const placeholders = (entries: Record<string, string>) => Object.entries(entries).map(([name, description]) => ({ name, description }));

const summary = (db: Db, t: TemplateDescription<TemplateName>): TemplateSummary => ({
  name: t.name,
  title: t.title,
  purpose: t.purpose,
  custom: settingValue(db, key(t.name)) !== undefined,
  texts: placeholders(t.catalogue.texts),
  lists: placeholders(t.catalogue.lists),
});

export function listTemplates(db: Db): TemplateSummary[] {
  return TEMPLATES.map((t) => summary(db, t));
}

/** The template's text as the documents use it: the custom version, else the shipped file. */
export function showTemplate(db: Db, name: string): TemplateView {
  const t = info(name);
  return { ...summary(db, t), text: settingValue(db, key(t.name)) ?? shippedTemplate(t.file) };
}

/**
 * Stores a custom version once the template engine accepted it as the builder will read it; a
 * refused text gives the engine's French message with its line, and the register is unchanged.
 */
export function saveTemplate(db: Db, name: string, text: string): TemplateView {
  const t = info(name);
  t.load(text);
  db.transaction(() => setSetting(db, key(t.name), text))();
  return showTemplate(db, name);
}

/** Back to the shipped template: the custom version is removed from the register. */
export function resetTemplate(db: Db, name: string): TemplateView {
  const t = info(name);
  db.transaction(() => removeSetting(db, key(t.name)))();
  return showTemplate(db, name);
}
