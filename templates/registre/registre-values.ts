import { defineCatalogue } from '../engine/template';

/** Every field the registre's templates (cover, closing of a séance) may use, with what it holds. */
export const REGISTRE_CATALOGUE = defineCatalogue({
  texts: {
    'collectivité.nom': 'nom de la collectivité (« Département du Var »)',
    'organe.nom': "nom de l'organe (« Commission permanente du Conseil départemental du Var »)",
    'registre.année': 'année du registre (« 2023 »)',
    'registre.séances': 'nombre de séances et de délibérations du registre (« 1 séance, 16 délibérations »)',
    'séance.date_longue': 'date de la séance en toutes lettres (« 16 octobre 2023 »)',
    'séance.nombre_délibérations': 'nombre de délibérations de la séance (« 16 délibérations »)',
    'séance.président': 'président de séance (« Monsieur Jean-Louis MASSON »)',
    'séance.président.qualité': 'qualité du président de séance',
    'matière.intitulé': 'matière @ctes d\'un groupe de la table par matière (« 7.3 — Emprunts »), ou « Sans matière »',
  },
  lists: {
    'séance.délibérations': 'une ligne par délibération de la séance : « numéro — OBJET »',
    'table.chronologique': 'une ligne par délibération de l\'année : date de la séance, numéro, OBJET, page (séparés par des tabulations)',
    'matière.lignes': 'une ligne par délibération de la matière : date de la séance, numéro, OBJET, page (séparés par des tabulations)',
  },
});

/** « 1 délibération », « 16 délibérations ». */
export function countOf(n: number, singular: string, plural: string): string {
  return `${n} ${n > 1 ? plural : singular}`;
}
