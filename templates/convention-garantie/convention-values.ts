import type { LoanGuarantee } from '../../shared/convention/loan-guarantee';
import { guaranteedCents } from '../../shared/convention/loan-guarantee';
import { amountInWords } from '../../shared/rules/amount-in-words';
import { formatEuros } from '../../shared/rules/amount-format';
import type { IsoDate } from '../../shared/rules/french-dates';
import { longDate } from '../../shared/rules/french-dates';
import type { TemplateValues } from '../engine/template';
import { defineCatalogue } from '../engine/template';
import { withWording } from '../engine/wording';

/** Every field the loan-guarantee convention template may use, with what it holds. */
export const CONVENTION_CATALOGUE = defineCatalogue({
  texts: {
    'convention.entête': "« oui » quand la convention porte l'en-tête RÉPUBLIQUE FRANÇAISE / LE DÉPARTEMENT",
    'convention.numéro': 'numéro de la convention (« CO 2023-1098 »)',
    'convention.exemplaires': "nombre d'exemplaires originaux (« 2 »)",
    'séance.date_longue': 'date de la séance en toutes lettres (« 16 octobre 2023 »)',
    'délibération.numéro': 'numéro de la délibération, vide dans le projet (« G25 »)',
    'département.représentation': "« représenté par le Président du Conseil départemental du Var, ou son représentant »",
    'département.délégué': 'élu délégataire qui signe pour le Président',
    'département.arrêté_délégation': 'arrêté de délégation (« AR 2022-1813 du 18 novembre 2022 »)',
    'emprunteur.nom': "nom usuel de l'emprunteur (« Var habitat », « UNICIL SA d'HLM »)",
    'emprunteur.désignation': "désignation complète de l'emprunteur (parties et article 1er)",
    'emprunteur.siège': "adresse du siège social de l'emprunteur",
    'emprunteur.nom_titre': "nom de l'emprunteur en capitales sans accents, pour le titre",
    'emprunteur.hypothèque': "« oui » quand l'article sur l'hypothèque de premier rang est présent",
    'représentant.civilité': "civilité du représentant de l'emprunteur (« Monsieur »)",
    'représentant.nom': "nom du représentant de l'emprunteur (« Martial AUBRY »)",
    'représentant.qualité': "qualité du représentant (« Directeur Général »)",
    'signataire.titre': 'ligne de titre du bloc de signature de l\'emprunteur',
    'prêteur': 'prêteur (« Caisse des dépôts et consignations »)',
    'prêteur.minuscules': 'prêteur, initiale en minuscule (« caisse des dépôts et consignations »)',
    'prêteur.titre': 'prêteur en capitales sans accents, pour le titre',
    'emprunt.montant': 'montant du prêt (« 3 788 113 € »)',
    'emprunt.montant_titre': 'montant du prêt sans le symbole, pour le titre (« 3 788 113 »)',
    'emprunt.contrat': 'numéro du contrat de prêt (« 145636 »)',
    'emprunt.signé_le': 'date de signature du contrat de prêt (« 27 mars 2023 »)',
    'garantie.taux': 'quotité garantie en % (« 50 »)',
    'garantie.taux_co_garant': 'part du co-garant en % (« 50 »)',
    'garantie.montant': 'somme garantie en principal, calculée (« 1 894 056,50 € »)',
    'garantie.montant_en_lettres': 'somme garantie en principal en toutes lettres, calculée',
    'opération.nom': "nom de l'opération (« Les Laugiers - Îlot D »)",
    'opération.nom_titre': "nom de l'opération en capitales sans accents, pour le titre",
    'opération.parc': '« parc social public »',
    'opération.nature': "« construction » ou « acquisition en vente en l'état futur d'achèvement (VEFA) »",
    'opération.nature_titre': 'nature en capitales pour le titre (« DE CONSTRUCTION »)',
    'opération.logements': 'nombre de logements (« 35 »)',
    'opération.adresse': "adresse de l'opération (« zac des laugiers »)",
    'opération.adresse_titre': 'adresse en capitales sans accents, pour le titre',
    'opération.code_postal': 'code postal (« 83210 »)',
    'opération.commune': 'commune (« Solliès-Pont »)',
    'opération.commune_titre': 'commune en capitales sans accents, pour le titre',
    'quota.texte': '« nul » ou « de 3 logements sociaux »',
    'quota.réservé': '« oui » quand des logements sont réservés',
    'variante.titre_de_recette_avec_avances': "« oui » quand le paragraphe du titre de recette suit celui des avances (variante de l'acte)",
    'article.hypothèque': "numéro de l'article sur l'hypothèque (« 2 »)",
    'article.durée': "numéro de l'article sur la durée du prêt",
    'article.défaillance': "numéro de l'article sur la défaillance de l'emprunteur",
    'article.remboursement': "numéro de l'article sur le remboursement",
    'article.quota': "numéro de l'article sur les logements réservés",
    'article.contrôle': "numéro de l'article sur le contrôle annuel",
    'article.communication': "numéro de l'article sur la communication",
    'article.litiges': "numéro de l'article sur les litiges",
    'article.domicile': "numéro de l'article sur l'élection de domicile",
  },
  lists: {
    'convention.codes_service': 'lignes du code service en tête (« D.F./ », « SV »)',
  },
});

export interface ConventionInput {
  number: string;
  sessionDate: IsoDate;
  data: LoanGuarantee;
}

const NATURE = {
  VEFA: "acquisition en vente en l'état futur d'achèvement (VEFA)",
  construction: 'construction',
} as const;

/** Capitals without accents, as the published titles write them: « Solliès-Pont » → « SOLLIES-PONT ». */
export function titleCase(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
}

/** The long date with a two-digit day, as the loan contracts are cited: « 06 mars 2023 ». */
function contractDate(date: IsoDate): string {
  const day = date.slice(8, 10);
  return `${day} ${longDate(date).split(' ').slice(1).join(' ')}`;
}

/** The template values of a loan-guarantee convention; `wording` overrides replace computed texts. */
export function conventionValues(input: ConventionInput): TemplateValues<typeof CONVENTION_CATALOGUE> {
  const d = input.data;
  const yes = (flag: boolean) => (flag ? 'oui' : null);
  const shift = d.hypothecClause ? 1 : 0;
  const article = (n: number) => String(n + shift);
  const guaranteed = guaranteedCents(d.guaranteeRatePercent, d.loan.amountCents);
  const computed: TemplateValues<typeof CONVENTION_CATALOGUE>['texts'] = {
    'convention.entête': yes(d.letterhead),
    'convention.numéro': input.number,
    'convention.exemplaires': String(d.originals),
    'séance.date_longue': longDate(input.sessionDate),
    'délibération.numéro': d.deliberationNumber ?? '',
    'département.représentation': d.department.representedBy,
    'département.délégué': d.department.delegate,
    'département.arrêté_délégation': d.department.delegationOrder,
    'emprunteur.nom': d.borrower.name,
    'emprunteur.désignation': d.borrower.legalName,
    'emprunteur.siège': d.borrower.headOffice,
    'emprunteur.nom_titre': titleCase(d.borrower.name),
    'emprunteur.hypothèque': yes(d.hypothecClause),
    'représentant.civilité': d.borrower.representative.civility,
    'représentant.nom': d.borrower.representative.name,
    'représentant.qualité': d.borrower.representative.quality,
    'signataire.titre': d.borrower.signatoryTitle,
    prêteur: d.lender,
    'prêteur.minuscules': d.lender.charAt(0).toLowerCase() + d.lender.slice(1),
    'prêteur.titre': titleCase(d.lender),
    'emprunt.montant': formatEuros(d.loan.amountCents),
    'emprunt.montant_titre': formatEuros(d.loan.amountCents).replace(/\u00A0€$/, ''),
    'emprunt.contrat': d.loan.contractNumber,
    'emprunt.signé_le': contractDate(d.loan.signedOn),
    'garantie.taux': String(d.guaranteeRatePercent),
    'garantie.taux_co_garant': String(100 - d.guaranteeRatePercent),
    'garantie.montant': formatEuros(guaranteed),
    'garantie.montant_en_lettres': amountInWords(guaranteed),
    'opération.nom': d.operation.name,
    'opération.nom_titre': titleCase(d.operation.name),
    'opération.parc': 'parc social public',
    'opération.nature': NATURE[d.operation.kind],
    'opération.nature_titre': d.operation.kind === 'VEFA' ? `D'${titleCase(NATURE.VEFA)}` : `DE ${titleCase(NATURE.construction)}`,
    'opération.logements': String(d.operation.dwellings),
    'opération.adresse': d.operation.address,
    'opération.adresse_titre': titleCase(d.operation.address),
    'opération.code_postal': d.operation.postcode,
    'opération.commune': d.operation.commune,
    'opération.commune_titre': titleCase(d.operation.commune),
    'quota.texte': quotaText(d.reservedDwellings),
    'quota.réservé': yes(d.reservedDwellings > 0),
    'variante.titre_de_recette_avec_avances': yes(d.recoveryInDefaultArticle),
    'article.hypothèque': d.hypothecClause ? '2' : null,
    'article.durée': article(2),
    'article.défaillance': article(3),
    'article.remboursement': article(4),
    'article.quota': article(5),
    'article.contrôle': article(6),
    'article.communication': article(7),
    'article.litiges': article(8),
    'article.domicile': article(9),
  };
  const texts = withWording(computed, CONVENTION_CATALOGUE, d.wording, input.number);
  return { texts, lists: { 'convention.codes_service': d.serviceCodeLines } };
}

function quotaText(dwellings: number): string {
  if (dwellings === 0) return 'nul';
  return dwellings === 1 ? 'de 1 logement social' : `de ${dwellings} logements sociaux`;
}
