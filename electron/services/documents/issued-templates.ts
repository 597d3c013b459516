import type { SavedTemplates } from '../../../templates/catalogue';
import { templateFor } from '../../../templates/catalogue';
import type { Template } from '../../../templates/engine/template';
import { shippedTemplate } from '../../../templates/template-files';
import type { Db } from '../../db/open';
import { issuedTemplate, keepIssuedTemplate, keepsIssuedTemplates } from '../../db/repositories/issued-templates';
import { savedTemplates } from '../settings/custom-templates';

/** The templates an act's own documents are produced from, with their shipped file. */
const ACT_TEMPLATES = [{ name: 'extrait', file: 'extrait/extrait.modele' }] as const;

/**
 * Keeps with the act the templates it is issued with (the register's custom version, else the
 * shipped one), to be called in the transaction where the act leaves the secretariat (signature,
 * transmission), before the write that makes it leave.
 */
export function keepActTemplates(db: Db, actId: number): void {
  const saved = savedTemplates(db);
  for (const t of ACT_TEMPLATES) keepIssuedTemplate(db, actId, t.name, saved[t.name] ?? shippedTemplate(t.file));
}

/**
 * Keeps with acts imported already out of the secretariat (transmitted, executory) the register's
 * templates of the day: a later template edit leaves their documents as they are, as it does for
 * the acts that left from this register. Called in the import's transaction, before the dates that
 * make them leave are written (then the seal refuses any template): no seal is ever set aside.
 */
export function keepImportedActTemplates(db: Db, actIds: readonly number[]): void {
  if (actIds.length === 0 || !keepsIssuedTemplates(db)) return;
  const saved = savedTemplates(db);
  for (const t of ACT_TEMPLATES) {
    const source = saved[t.name] ?? shippedTemplate(t.file);
    for (const actId of actIds) keepIssuedTemplate(db, actId, t.name, source);
  }
}

/**
 * The extract template each act prints with, wherever its pages appear (extract, registre, recueil):
 * an act that has left the secretariat prints from the template it was issued with (migration
 * 0012), the others from the register's current one. E.g. extractTemplateOf(db, savedTemplates(db))(act.id).
 */
export function extractTemplateOf(db: Db, saved: SavedTemplates): (actId: number) => Template {
  const current = templateFor(saved, 'extrait');
  // The acts of a registre were mostly issued with the same few templates: each compiled once.
  const compiled = new Map<string, Template>();
  return (actId) => {
    const issued = issuedTemplate(db, actId, 'extrait');
    if (issued === null) return current;
    let template = compiled.get(issued);
    if (template === undefined) compiled.set(issued, (template = templateFor({ ...saved, extrait: issued }, 'extrait')));
    return template;
  };
}
