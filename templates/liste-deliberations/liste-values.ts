import { defineCatalogue } from '../engine/template';

/** Every field the « liste des délibérations » template may use, with what it holds. */
export const LISTE_CATALOGUE = defineCatalogue({
  texts: {
    'collectivité.nom': 'nom de la collectivité (« Département du Var »)',
    'organe.nom': "nom de l'organe (« Commission permanente du Conseil départemental du Var »)",
    'séance.date_longue': 'date de la séance en toutes lettres (« 16 octobre 2023 »)',
    'séance.heure': 'heure de la séance (« 11h00 »)',
    'séance.lieu': 'lieu de la séance',
    'séance.nombre_délibérations': 'nombre de délibérations de la séance (« 16 délibérations »)',
    'liste.date_publication': 'date de la liste en toutes lettres (« 20 octobre 2023 »)',
  },
  lists: {
    'liste.lignes':
      'une ligne par délibération, dans l\'ordre des numéros : numéro, OBJET, résultat du vote (séparés par des tabulations) ; la première donne les intitulés',
  },
});
