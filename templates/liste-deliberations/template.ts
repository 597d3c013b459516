import { describeTemplate } from '../engine/describe-template';
import { LISTE_CATALOGUE } from './liste-values';

/** The « liste des délibérations » of a séance: its saved version is the register's setting `template.liste-deliberations`. */
export const LISTE_TEMPLATE = describeTemplate({
  name: 'liste-deliberations',
  file: 'liste-deliberations/liste.modele',
  title: 'Liste des délibérations',
  purpose: 'La liste des délibérations examinées, publiée dans la semaine qui suit la séance.',
  catalogue: LISTE_CATALOGUE,
});
