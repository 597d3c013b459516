import { describeTemplate } from '../engine/describe-template';
import { REGISTRE_CATALOGUE } from './registre-values';

/** The registre's cover: its saved version is the register's setting `template.registre-couverture`. */
export const REGISTRE_COVER = describeTemplate({
  name: 'registre-couverture',
  file: 'registre/couverture.modele',
  title: 'Registre — couverture',
  purpose: 'La couverture du registre annuel des délibérations.',
  catalogue: REGISTRE_CATALOGUE,
});

/** The closing page after each séance: its saved version is the register's setting `template.registre-cloture`. */
export const REGISTRE_CLOSING = describeTemplate({
  name: 'registre-cloture',
  file: 'registre/cloture.modele',
  title: 'Registre — clôture de séance',
  purpose: 'La clôture qui suit les délibérations de chaque séance dans le registre.',
  catalogue: REGISTRE_CATALOGUE,
});

/** The annual table by date: its saved version is the register's setting `template.registre-table-chronologique`. */
export const REGISTRE_CHRONOLOGICAL_TABLE = describeTemplate({
  name: 'registre-table-chronologique',
  file: 'registre/table-chronologique.modele',
  title: 'Registre — table chronologique',
  purpose: "La table des délibérations de l'année, dans l'ordre des séances.",
  catalogue: REGISTRE_CATALOGUE,
});

/** The heading of the annual table by @ctes matière: its saved version is the register's setting `template.registre-table-matieres`. */
export const REGISTRE_SUBJECT_TABLE = describeTemplate({
  name: 'registre-table-matieres',
  file: 'registre/table-matieres.modele',
  title: 'Registre — table par matière',
  purpose: "L'en-tête de la table par matière @ctes.",
  catalogue: REGISTRE_CATALOGUE,
});

/** One matière of that table: its saved version is the register's setting `template.registre-table-matieres-groupe`. */
export const REGISTRE_SUBJECT_GROUP = describeTemplate({
  name: 'registre-table-matieres-groupe',
  file: 'registre/table-matieres-groupe.modele',
  title: 'Registre — groupe de la table par matière',
  purpose: 'Une matière de la table et ses délibérations.',
  catalogue: REGISTRE_CATALOGUE,
});
