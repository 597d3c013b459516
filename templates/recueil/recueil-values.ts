import type { Recueil } from '../../shared/domain/session';
import { longDate } from '../../shared/rules/french-dates';
import type { TemplateValues } from '../engine/template';
import { defineCatalogue } from '../engine/template';

/** Every field the recueil's templates (cover, sommaire, back cover) may use, with what it holds. */
export const RECUEIL_CATALOGUE = defineCatalogue({
  texts: {
    'recueil.titre': 'titre du recueil (« ACTES ADMINISTRATIFS DU DÉPARTEMENT DU VAR »)',
    'recueil.année': 'année du recueil (« 2023 »)',
    'recueil.numéro': "numéro du recueil dans l'année (« 59 »)",
    'recueil.date_publication': 'date de publication en toutes lettres (« 20 octobre 2023 »)',
    'séance.date_longue': 'date de la séance en toutes lettres (« 16 octobre 2023 »)',
  },
  lists: {
    'recueil.rubrique': 'rubrique du recueil, une ligne par partie (« Commission permanente », « DÉLIBÉRATIONS »)',
    'recueil.quatrième_de_couverture': 'lignes de la quatrième de couverture',
    'sommaire.lignes':
      "une ligne par acte : « numéro OBJET », une tabulation, puis la page où commence l'acte ; sous l'acte, une ligne par fichier PDF qui lui est joint (« Annexe à G25 : titre ») et sa page",
  },
});

/**
 * One line of the sommaire: the act's number, its OBJET and the page where its extract starts;
 * or, under it, an annex named in the sommaire (a PDF file attached to the act) and its page.
 */
export interface SommaireEntry {
  /** 'G25' */
  number: string;
  /** The act's OBJET, or the annex's title. */
  title: string;
  /** Printed page number, continuous through the recueil; null before the layout is known. */
  page: number | null;
  /** True for an annex's line, which reads « Annexe à G25 : <titre> ». */
  annex?: boolean;
}

/** The first cell of a sommaire line. */
const sommaireLabel = (e: SommaireEntry): string => (e.annex === true ? `Annexe à ${e.number} : ${e.title}` : `${e.number} ${e.title}`);

/** The values of the recueil's templates; `sommaire` gives the lines of the sommaire. */
export function recueilValues(recueil: Recueil, sessionDate: string, sommaire: readonly SommaireEntry[]): TemplateValues<typeof RECUEIL_CATALOGUE> {
  return {
    texts: {
      'recueil.titre': recueil.title,
      'recueil.année': String(recueil.year),
      'recueil.numéro': String(recueil.number),
      'recueil.date_publication': longDate(recueil.publicationDate),
      'séance.date_longue': longDate(sessionDate),
    },
    lists: {
      // The register keeps the rubrique as one text, "Commission permanente — DÉLIBÉRATIONS".
      'recueil.rubrique': (recueil.section ?? '').split(' — ').map((part) => part.trim()).filter((part) => part !== ''),
      'recueil.quatrième_de_couverture': recueil.backCover,
      'sommaire.lignes': sommaire.map((e) => `${sommaireLabel(e)}\t${e.page ?? ''}`),
    },
  };
}
