import { loadConventionTemplate } from '../../../templates/convention-garantie/build-convention';
import { CONVENTION_CATALOGUE } from '../../../templates/convention-garantie/convention-values';
import { loadTripartiteTemplate } from '../../../templates/convention-tripartite/build-tripartite';
import { TRIPARTITE_CATALOGUE } from '../../../templates/convention-tripartite/tripartite-values';
import type { Catalogue } from '../../../templates/engine/template';
import { loadExtractTemplate } from '../../../templates/extrait/build-extract';
import { EXTRACT_CATALOGUE } from '../../../templates/extrait/extract-values';
import { loadListeTemplate } from '../../../templates/liste-deliberations/build-liste';
import { LISTE_CATALOGUE } from '../../../templates/liste-deliberations/liste-values';
import { loadRecueilTemplates } from '../../../templates/recueil/build-recueil';
import { RECUEIL_CATALOGUE } from '../../../templates/recueil/recueil-values';
import { loadRegistreTemplates } from '../../../templates/registre/build-registre';
import { REGISTRE_CATALOGUE } from '../../../templates/registre/registre-values';

/** A template shipped in templates/, as the Paramètres screen offers it for editing. */
export interface ShippedTemplateInfo {
  /** "extrait": the key of its custom version, `template.extrait` in the settings table. */
  name: string;
  /** Its file under templates/, read with shippedTemplate(). */
  file: string;
  title: string;
  purpose: string;
  catalogue: Catalogue;
  /** Parses a source exactly as the document's builder will: throws the engine's French message. */
  check: (source: string) => unknown;
}

/** Every editable template, in the order of the screen. */
export const SHIPPED_TEMPLATES: readonly ShippedTemplateInfo[] = [
  { name: 'extrait', file: 'extrait/extrait.modele', title: 'Extrait de délibération', purpose: "L'extrait du registre de chaque délibération, signé et transmis au contrôle de légalité.", catalogue: EXTRACT_CATALOGUE, check: (s) => loadExtractTemplate(s) },
  { name: 'liste-deliberations', file: 'liste-deliberations/liste.modele', title: 'Liste des délibérations', purpose: 'La liste des délibérations examinées, publiée dans la semaine qui suit la séance.', catalogue: LISTE_CATALOGUE, check: (s) => loadListeTemplate(s) },
  { name: 'recueil-couverture', file: 'recueil/couverture.modele', title: 'Recueil — couverture', purpose: 'La couverture du recueil des actes administratifs.', catalogue: RECUEIL_CATALOGUE, check: (s) => loadRecueilTemplates({ cover: s }) },
  { name: 'recueil-sommaire', file: 'recueil/sommaire.modele', title: 'Recueil — sommaire', purpose: 'Le sommaire du recueil : une ligne par acte et sa page.', catalogue: RECUEIL_CATALOGUE, check: (s) => loadRecueilTemplates({ sommaire: s }) },
  { name: 'recueil-quatrieme-de-couverture', file: 'recueil/quatrieme-de-couverture.modele', title: 'Recueil — quatrième de couverture', purpose: 'La dernière page du recueil.', catalogue: RECUEIL_CATALOGUE, check: (s) => loadRecueilTemplates({ backCover: s }) },
  { name: 'registre-couverture', file: 'registre/couverture.modele', title: 'Registre — couverture', purpose: 'La couverture du registre annuel des délibérations.', catalogue: REGISTRE_CATALOGUE, check: (s) => loadRegistreTemplates({ cover: s }) },
  { name: 'registre-cloture', file: 'registre/cloture.modele', title: 'Registre — clôture de séance', purpose: 'La clôture qui suit les délibérations de chaque séance dans le registre.', catalogue: REGISTRE_CATALOGUE, check: (s) => loadRegistreTemplates({ closing: s }) },
  { name: 'registre-table-chronologique', file: 'registre/table-chronologique.modele', title: 'Registre — table chronologique', purpose: "La table des délibérations de l'année, dans l'ordre des séances.", catalogue: REGISTRE_CATALOGUE, check: (s) => loadRegistreTemplates({ chronologicalTable: s }) },
  { name: 'registre-table-matieres', file: 'registre/table-matieres.modele', title: 'Registre — table par matière', purpose: "L'en-tête de la table par matière @ctes.", catalogue: REGISTRE_CATALOGUE, check: (s) => loadRegistreTemplates({ subjectTable: s }) },
  { name: 'registre-table-matieres-groupe', file: 'registre/table-matieres-groupe.modele', title: 'Registre — groupe de la table par matière', purpose: 'Une matière de la table et ses délibérations.', catalogue: REGISTRE_CATALOGUE, check: (s) => loadRegistreTemplates({ subjectGroup: s }) },
  { name: 'convention-garantie', file: 'convention-garantie/convention-garantie.modele', title: "Convention de garantie d'emprunt", purpose: "La convention annexée à une délibération de garantie d'emprunt.", catalogue: CONVENTION_CATALOGUE, check: (s) => loadConventionTemplate(s) },
  { name: 'convention-tripartite', file: 'convention-tripartite/convention-tripartite.modele', title: 'Convention tripartite', purpose: "La convention tripartite de maîtrise d'ouvrage unique.", catalogue: TRIPARTITE_CATALOGUE, check: (s) => loadTripartiteTemplate(s) },
];
