import { describeTemplate } from '../engine/describe-template';
import { CONVENTION_CATALOGUE } from './convention-values';

/** The loan-guarantee convention: its saved version is the register's setting `template.convention-garantie`. */
export const CONVENTION_TEMPLATE = describeTemplate({
  name: 'convention-garantie',
  file: 'convention-garantie/convention-garantie.modele',
  title: "Convention de garantie d'emprunt",
  purpose: "La convention annexée à une délibération de garantie d'emprunt.",
  catalogue: CONVENTION_CATALOGUE,
});
