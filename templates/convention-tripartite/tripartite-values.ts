import type { Tripartite } from '../../shared/convention/tripartite';
import { partnerShareCents } from '../../shared/convention/tripartite';
import { amountInWords } from '../../shared/rules/amount-in-words';
import { formatEuros } from '../../shared/rules/amount-format';
import { longDate } from '../../shared/rules/french-dates';
import type { TemplateValues } from '../engine/template';
import { defineCatalogue } from '../engine/template';
import { withWording } from '../engine/wording';

type PartyKey = 'maître' | 'partenaire' | 'commune';

/** The fields every party of the convention has, e.g. `maître.nom`, `commune.délibération`. */
type PartyFields<K extends PartyKey> = Record<`${K}.${'nom' | 'désignation' | 'représenté' | 'dénommé' | 'représentant' | 'domicile' | 'délibération'}`, string>;

// Computed keys widen to string: the cast restores the literal field names the catalogue is checked by.
const partyFields = <K extends PartyKey>(key: K, who: string) => ({
  [`${key}.nom`]: `nom de ${who}, sans article (« Département des Alpes-Maritimes »)`,
  [`${key}.désignation`]: `désignation de ${who} dans la convention (« le CD06 », « la commune »)`,
  [`${key}.représenté`]: `« Représenté » ou « Représentée » selon ${who}`,
  [`${key}.dénommé`]: `« dénommé » ou « dénommée » selon ${who}`,
  [`${key}.représentant`]: `qualité, civilité et nom du représentant de ${who} (« le maire, Monsieur Jean-Yves HUET »)`,
  [`${key}.domicile`]: `domicile du représentant de ${who} (« domicilié en cette qualité, Hôtel de ville, … »)`,
  [`${key}.délibération`]: `délibération qui autorise ${who}, avec sa date si elle est connue`,
}) as PartyFields<K>;

/** Every field the tripartite convention template may use, with what it holds. */
export const TRIPARTITE_CATALOGUE = defineCatalogue({
  texts: {
    'convention.numéro': 'numéro de la convention (« CO 2023-1330 »)',
    'convention.objet': "objet sous le titre (« De maîtrise d'ouvrage unique pour … »)",
    'convention.lieu': 'lieu de signature (« Nice »)',
    'convention.exemplaires': "nombre d'exemplaires originaux en chiffres (« 3 »)",
    'convention.exemplaires_lettres': "nombre d'exemplaires originaux en lettres (« trois »)",
    ...partyFields('maître', "le maître d'ouvrage unique"),
    'maître.sigle': "sigle du maître d'ouvrage unique (« CD06 »)",
    ...partyFields('partenaire', 'le département partenaire'),
    'partenaire.sigle': 'sigle du département partenaire (« CD83 »)',
    ...partyFields('commune', 'la commune'),
    'ouvrage.nom': "ouvrage restauré (« pont de Tournon »)",
    'ouvrage.itinéraire': 'itinéraire (« EuroVelo 8 »)',
    'ouvrage.itinéraire_court': "sigle de l'itinéraire (« EV8 »)",
    'ouvrage.communes': 'communes traversées (« du Tignet et de Montauroux »)',
    'financement.coût_ht': "coût HT de l'opération (« 416 666 € »)",
    'financement.coût_ht_points': "coût HT, milliers séparés par des points (« 416.666 € »)",
    'financement.coût_ttc': "coût TTC de l'opération (« 500 000 € »)",
    'financement.coût_ttc_points': 'coût TTC, milliers séparés par des points (« 500.000 € »)',
    'financement.coût_ttc_en_lettres': 'coût TTC en toutes lettres',
    'financement.taux_partenaire': 'participation du département partenaire en % (« 50 »)',
    'financement.part_partenaire': 'participation du département partenaire, calculée (« 250 000 € »)',
    'financement.part_partenaire_points': 'participation calculée, milliers séparés par des points (« 250.000 € »)',
    'financement.part_partenaire_en_lettres': 'participation calculée en toutes lettres',
    'financement.variation': 'variation admise du coût total en % (« 10 »)',
    'formule.convenu': "formule qui ouvre les articles (« IL EST CONVENU CE QUI SUIT »)",
    'mot.fctva': '« FCTVA » (fonds de compensation pour la TVA)',
    'mot.ultérieur': "« Ultérieur » dans « Dossier d'Intervention Ultérieur sur l'Ouvrage »",
  },
  lists: {
    'convention.entête': "lignes de l'en-tête (« DÉPARTEMENT », « DES ALPES-MARITIMES », « LE DÉPARTEMENT »)",
    'maître.signature': "bloc de signature du maître d'ouvrage unique",
    'partenaire.signature': 'bloc de signature du département partenaire',
    'commune.signature': 'bloc de signature de la commune',
  },
});

export interface TripartiteInput {
  number: string;
  data: Tripartite;
}

const NUMBERS_IN_WORDS = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];

/** Thousands separated by points, as some published conventions print them: « 416.666 € ». */
export function pointedEuros(cents: number): string {
  return formatEuros(cents).replace(/(\d)[\u00A0\u202F ](?=\d{3}\b)/g, '$1.').replace(/[\u00A0\u202F]€$/, ' €');
}

function partyValues<K extends PartyKey>(key: K, p: Tripartite['commune']): PartyFields<K> {
  const e = p.feminine ? 'e' : '';
  const r = p.representative;
  return {
    [`${key}.nom`]: p.name,
    [`${key}.désignation`]: p.designation,
    [`${key}.représenté`]: `Représenté${e}`,
    [`${key}.dénommé`]: `dénommé${e}`,
    [`${key}.représentant`]: `${r.quality}, ${r.civility} ${r.name}`,
    [`${key}.domicile`]: p.domicile,
    [`${key}.délibération`]: `${p.deliberation.body} en date du${p.deliberation.date === null ? '' : ` ${longDate(p.deliberation.date)}`}`,
  } as PartyFields<K>;
}

/** The template values of a tripartite convention; `wording` overrides replace computed texts. */
export function tripartiteValues(input: TripartiteInput): TemplateValues<typeof TRIPARTITE_CATALOGUE> {
  const d = input.data;
  const share = partnerShareCents(d.partnerSharePercent, d.costInclTaxCents);
  const computed: TemplateValues<typeof TRIPARTITE_CATALOGUE>['texts'] = {
    'convention.numéro': input.number,
    'convention.objet': d.subject,
    'convention.lieu': d.place,
    'convention.exemplaires': String(d.originals),
    'convention.exemplaires_lettres': NUMBERS_IN_WORDS[d.originals - 1] ?? String(d.originals),
    ...partyValues('maître', d.lead),
    'maître.sigle': d.lead.acronym,
    ...partyValues('partenaire', d.partner),
    'partenaire.sigle': d.partner.acronym,
    ...partyValues('commune', d.commune),
    'ouvrage.nom': d.work.name,
    'ouvrage.itinéraire': d.work.route,
    'ouvrage.itinéraire_court': d.work.routeShort,
    'ouvrage.communes': d.work.communes,
    'financement.coût_ht': formatEuros(d.costExclTaxCents),
    'financement.coût_ht_points': pointedEuros(d.costExclTaxCents),
    'financement.coût_ttc': formatEuros(d.costInclTaxCents),
    'financement.coût_ttc_points': pointedEuros(d.costInclTaxCents),
    'financement.coût_ttc_en_lettres': amountInWords(d.costInclTaxCents),
    'financement.taux_partenaire': String(d.partnerSharePercent),
    'financement.part_partenaire': formatEuros(share),
    'financement.part_partenaire_points': pointedEuros(share),
    'financement.part_partenaire_en_lettres': amountInWords(share),
    'financement.variation': String(d.revisionLimitPercent),
    'formule.convenu': 'IL EST CONVENU CE QUI SUIT',
    'mot.fctva': 'FCTVA',
    'mot.ultérieur': 'Ultérieur',
  };
  const texts = withWording(computed, TRIPARTITE_CATALOGUE, d.wording, input.number);
  return {
    texts,
    lists: {
      'convention.entête': d.letterheadLines,
      'maître.signature': d.lead.signatureLines,
      'partenaire.signature': d.partner.signatureLines,
      'commune.signature': d.commune.signatureLines,
    },
  };
}
