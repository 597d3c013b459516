import { describeTemplate } from '../engine/describe-template';
import { RECUEIL_CATALOGUE } from './recueil-values';

/** The recueil's cover: its saved version is the register's setting `template.recueil-couverture`. */
export const RECUEIL_COVER = describeTemplate({
  name: 'recueil-couverture',
  file: 'recueil/couverture.modele',
  title: 'Recueil — couverture',
  purpose: 'La couverture du recueil des actes administratifs.',
  catalogue: RECUEIL_CATALOGUE,
});

/** The recueil's sommaire: its saved version is the register's setting `template.recueil-sommaire`. */
export const RECUEIL_SOMMAIRE = describeTemplate({
  name: 'recueil-sommaire',
  file: 'recueil/sommaire.modele',
  title: 'Recueil — sommaire',
  purpose: 'Le sommaire du recueil : une ligne par acte et sa page.',
  catalogue: RECUEIL_CATALOGUE,
});

/** The recueil's back cover: its saved version is the register's setting `template.recueil-quatrieme-de-couverture`. */
export const RECUEIL_BACK_COVER = describeTemplate({
  name: 'recueil-quatrieme-de-couverture',
  file: 'recueil/quatrieme-de-couverture.modele',
  title: 'Recueil — quatrième de couverture',
  purpose: 'La dernière page du recueil.',
  catalogue: RECUEIL_CATALOGUE,
});
