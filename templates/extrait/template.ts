import { describeTemplate } from '../engine/describe-template';
import { EXTRACT_CATALOGUE } from './extract-values';

/** The extract of each act: its saved version is the register's setting `template.extrait`. */
export const EXTRACT_TEMPLATE = describeTemplate({
  name: 'extrait',
  file: 'extrait/extrait.modele',
  title: 'Extrait de délibération',
  purpose: "L'extrait du registre de chaque délibération, signé et transmis au contrôle de légalité.",
  catalogue: EXTRACT_CATALOGUE,
});
