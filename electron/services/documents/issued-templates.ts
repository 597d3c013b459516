import { shippedTemplate } from '../../../templates/template-files';
import type { Db } from '../../db/open';
import { keepIssuedTemplate } from '../../db/repositories/issued-templates';
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
