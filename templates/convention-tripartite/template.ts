import { describeTemplate } from '../engine/describe-template';
import { TRIPARTITE_CATALOGUE } from './tripartite-values';

/** The tripartite convention: its saved version is the register's setting `template.convention-tripartite`. */
export const TRIPARTITE_TEMPLATE = describeTemplate({
  name: 'convention-tripartite',
  file: 'convention-tripartite/convention-tripartite.modele',
  title: 'Convention tripartite',
  purpose: "La convention tripartite de maîtrise d'ouvrage unique.",
  catalogue: TRIPARTITE_CATALOGUE,
});
