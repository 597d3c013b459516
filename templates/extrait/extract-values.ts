import { formalName, listName, plainName, proxyName } from '../../shared/domain/member';
import type { Act, Collectivity, Session } from '../../shared/domain/session';
import type { ActVerdict } from '../../shared/rules/act-verdict';
import { technicalReference } from '../../shared/rules/act-reference';
import { longDate, numericDate, printedTime } from '../../shared/rules/french-dates';
import { formatActNumber } from '../../shared/rules/numbering';
import { outcomeText } from '../../shared/rules/vote';
import { defaultExaminationSentence } from '../../shared/rules/sentences';
import type { TemplateValues } from '../engine/template';
import { defineCatalogue } from '../engine/template';

/** Every field the extract template may use, with what it holds. */
export const EXTRACT_CATALOGUE = defineCatalogue({
  texts: {
    'collectivité.nom': 'nom de la collectivité (« Département du Var »)',
    'collectivité.site': 'site de publication (« site internet du Département du Var »)',
    'organe.intitulé': "intitulé de l'organe en tête de l'extrait (« Commission Permanente »)",
    'séance.date_longue': 'date de la séance en toutes lettres (« 16 octobre 2023 »)',
    'séance.heure': 'heure de la séance (« 11h00 »)',
    'séance.lieu': 'lieu de la séance',
    'séance.président': 'président de séance, civilité en toutes lettres (« Monsieur Jean-Louis MASSON »)',
    'séance.président.qualité': 'qualité du président de séance',
    'séance.membres_en_exercice': 'nombre de membres en exercice',
    'acte.numéro': "numéro de l'acte (« G25 »)",
    'acte.objet': "objet de l'acte",
    'acte.quorum': "« le quorum est atteint » ou « le quorum n'est pas atteint »",
    'acte.présents': 'présents, séparés par des virgules',
    'acte.procurations': 'procurations « X à Y », séparées par des virgules',
    'acte.excusés': 'excusés, séparés par des virgules',
    'acte.absents': "absents (dont les élus qui ne prennent pas part au vote), séparés par des virgules",
    'acte.phrase_examen': "phrase d'examen de l'affaire",
    'acte.résultat': 'résultat du vote (« Adopté à l\'unanimité. »)',
    'acte.réception_légalité': 'date de réception au contrôle de légalité, en toutes lettres',
    'acte.référence_technique': 'identifiant @ctes suivi de -1-1',
    'acte.exécutoire': 'date à laquelle l\'acte est exécutoire (« 20/10/2023 »)',
    'acte.mise_en_ligne': 'date de mise en ligne (« 20/10/2023 »)',
    'présidence.nom': 'membre qui préside ce dossier (« Monsieur Jean-Louis MASSON »)',
    'présidence.qualité': 'qualité du membre qui préside ce dossier',
    'signataire.nom': 'signataire, sans civilité (« Jean-Louis MASSON »)',
    'signataire.qualité': 'qualité du signataire',
    'certification.formule': '« Pour le Président du Conseil départemental, »',
    'certification.qualité': 'qualité du directeur général des services',
    'certification.nom': 'nom du directeur général des services',
  },
  lists: {
    'acte.codes_service': 'lignes du code de service (« MPA/DF/ », « SV »)',
    'acte.visas': 'visas, un par paragraphe',
    'acte.considérants': 'considérants, un par paragraphe',
    'acte.décisions': 'décisions (tirets, lignes de suite, sous-points « * », tableaux à tabulations)',
    'acte.notes': 'imputations et modalités, après les décisions',
  },
});

export interface ExtractInput {
  collectivity: Collectivity;
  session: Session;
  act: Act;
  verdict: ActVerdict;
}

const orNull = (date: string | null, format: (d: string) => string) => (date === null ? null : format(date));

/** The values of the extract template for one act, all computed from the register. */
export function extractValues({ collectivity, session, act, verdict: v }: ExtractInput): TemplateValues<typeof EXTRACT_CATALOGUE> {
  const president = session.roster.find((m) => m.id === session.presidentId);
  return {
    texts: {
      'collectivité.nom': collectivity.name,
      'collectivité.site': collectivity.websiteLabel,
      'organe.intitulé': session.body.heading,
      'séance.date_longue': longDate(session.date),
      'séance.heure': printedTime(session.time),
      'séance.lieu': session.place,
      'séance.président': president === undefined ? '' : formalName(president),
      'séance.président.qualité': president?.quality ?? '',
      'séance.membres_en_exercice': String(v.membersInOffice),
      'acte.numéro': formatActNumber({ series: session.body.series, value: act.number }),
      'acte.objet': act.object,
      'acte.quorum': v.quorum.met ? 'le quorum est atteint' : "le quorum n'est pas atteint",
      'acte.présents': v.present.map(listName).join(', '),
      'acte.procurations': v.proxies.map(proxyName).join(', '),
      'acte.excusés': v.excused.map(listName).join(', '),
      'acte.absents': v.absent.map(listName).join(', '),
      'acte.phrase_examen': act.examinationSentence ?? defaultExaminationSentence(session.body),
      'acte.résultat': outcomeText(act.outcome, (id) => {
        const m = session.roster.find((x) => x.id === id);
        return m === undefined ? '' : listName(m);
      }),
      'acte.réception_légalité': orNull(act.legalityReceptionDate, longDate),
      'acte.référence_technique': technicalReference(collectivity, session.date, act),
      'acte.exécutoire': orNull(act.executoryDate, numericDate),
      'acte.mise_en_ligne': orNull(act.onlineDate, numericDate),
      'présidence.nom': formalName(v.presiding),
      'présidence.qualité': v.presidingQuality,
      'signataire.nom': plainName(v.presiding),
      'signataire.qualité': v.presidingQuality,
      'certification.formule': session.certifier.formula,
      'certification.qualité': session.certifier.quality,
      'certification.nom': session.certifier.name,
    },
    lists: {
      'acte.codes_service': act.serviceCodeLines,
      'acte.visas': act.visas,
      'acte.considérants': act.considerants,
      'acte.décisions': act.decisions,
      'acte.notes': act.decisionNotes,
    },
  };
}
