/*
 * The contract's fields as the screens label them: a refusal names the field the secretary sees
 * (« Heure », « Objet »), never the payload's path (« time », « content.object »). A key that means
 * one field everywhere is labelled once; a key that means different fields on different channels
 * (`number`: the recueil's number, an act's new number) is labelled per channel. A test walks every
 * channel's input schema: no field can reach the secretary by its identifier.
 */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  body: 'Organe',
  date: 'Date',
  newDate: 'Date',
  time: 'Heure',
  place: 'Lieu',
  presidentId: 'Président de séance',
  certifier: 'Certification',
  'certifier.formula': 'Formule de certification',
  'certifier.quality': 'Qualité du signataire',
  'certifier.name': 'Nom du signataire',
  act: 'Acte',
  memberId: 'Élu',
  status: 'Présence',
  holderId: 'Procuration à',
  basis: 'Motif du retrait',
  reason: 'Précision',
  following: 'Et les actes suivants',
  format: 'Format',
  content: "Contenu de l'acte",
  version: "Version de l'acte",
  'content.object': 'Objet',
  'content.serviceCodeLines': 'Codes du service',
  'content.examinationSentence': "Phrase d'examen",
  'content.visas': 'Visas',
  'content.considerants': 'Considérants',
  'content.decisions': 'Décisions',
  'content.decisionNotes': 'Notes',
  'content.annexes': 'Annexes',
  'content.vote': 'Vote',
  'content.vote.kind': 'Résultat',
  'content.vote.ballot': 'Scrutin',
  'content.vote.for': 'Pour',
  'content.vote.against': 'Contre',
  'content.vote.abstentions': 'Abstentions',
  'content.vote.notVoting': 'Ne prennent pas part',
  'content.vote.names.against': 'Ont voté contre',
  'content.vote.names.abstentions': 'Se sont abstenus',
  'content.vote.names.notVoting': 'Ne prennent pas part au vote',
  civility: 'Civilité',
  firstName: 'Prénom',
  lastName: 'Nom',
  departmentCode: 'Code département',
  siren: 'SIREN',
  siret: 'SIRET',
  websiteLabel: 'Site de publication',
  heading: "Intitulé en tête de l'extrait",
  assembly: "Sujet de la phrase d'examen",
  series: "Lettre de série des numéros d'actes",
  startDate: 'Début du mandat',
  endDate: 'Fin du mandat',
  precedence: "Rang dans l'ordre du tableau",
  mandateId: 'Mandat',
  direction: 'Sens du déplacement',
  formula: 'Formule',
  pattern: 'Modèle de numéro interne',
  arrondissement: 'Arrondissement',
  collectivityNature: 'Nature @ctes de la collectivité',
  referentName: 'Nom du référent',
  referentTelephone: 'Téléphone du référent',
  referentEmail: 'Courriel du référent',
  text: 'Texte du modèle',
  query: 'Recherche',
  pieceType: 'Type de pièce @ctes',
  fileName: 'Fichier',
  paper: 'Pièces papier',
  certificate: 'Certificat de signature',
  'certificate.p12': 'Certificat de signature',
  'certificate.passphrase': 'Mot de passe du certificat',
  'certificate.delegation': 'Délégation de signature',
  job: 'Génération en cours',
  author: 'Auteur',
  from: 'Du',
  to: 'Au',
  nature: "Nature de l'acte",
  into: 'Séance du nouvel acte',
  transmissionDate: 'Date de transmission en préfecture',
  onlineDate: 'Date de mise en ligne de la séance',
  files: 'Accusés de réception ARActe',
  publicationDate: 'Date de publication du recueil',
};

/** Keys whose field differs from one channel to another, by channel. */
const CHANNEL_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'session:import': { base64: 'Fichier de séance (JSON)' },
  'session:recueil': { number: 'Numéro du recueil', year: 'Année du recueil' },
  'act:create': { object: 'Objet du nouvel acte' },
  'act:renumber': { number: 'Nouveau numéro' },
  'act-annex:add': { title: 'Titre de l’annexe', base64: "Fichier de l'annexe" },
  'act-annex:remove': { id: 'Annexe' },
  'opendata:export': { year: 'Année' },
  'pdf:verify': { base64: 'Fichier PDF' },
  'collectivity:save': { name: 'Nom de la collectivité' },
  'body:save': { name: "Nom de l'organe" },
  'member:save': { id: 'Élu' },
  'member:delete': { id: 'Élu' },
  'mandate:save': { id: 'Mandat', quality: 'Qualité' },
  'members:import': { base64: "Fichier des élus (CSV)" },
  'signatory:save': { quality: 'Qualité du signataire', name: 'Nom du signataire' },
  'template:show': { name: 'Modèle' },
  'template:save': { name: 'Modèle' },
  'template:reset': { name: 'Modèle' },
  'generation:run': { id: 'Document' },
  'generation:start': { id: 'Document' },
  'journal:search': { subject: 'Nature de la modification' },
  'journal:csv': { subject: 'Nature de la modification' },
  'backup:preview': { name: 'Sauvegarde' },
  'backup:restore': { name: 'Sauvegarde' },
  'act:set-reference': { subject: 'Matière' },
  'legality:transmit': { acts: 'Actes à transmettre' },
  'register:changes': { seen: 'Changements déjà vus' },
  'register:open-shared': { host: 'Serveur', port: 'Port', database: 'Base', user: 'Utilisateur', password: 'Mot de passe', remember: 'Garder le mot de passe' },
};

/**
 * The screen's label of a field of `channel`'s input, e.g. `fieldLabel('act:save', ['content', 'vote', 'for'])`
 * → « Pour »; its nearest labelled parent otherwise; null when none is labelled.
 */
export function fieldLabel(channel: string, path: readonly PropertyKey[]): string | null {
  const keys = path.filter((k): k is string => typeof k === 'string');
  const own = CHANNEL_LABELS[channel] ?? {};
  for (let n = keys.length; n > 0; n--) {
    const key = keys.slice(0, n).join('.');
    const label = own[key] ?? FIELD_LABELS[key];
    if (label !== undefined) return label;
  }
  return null;
}

const capitalized = (s: string): string => s.charAt(0).toLocaleUpperCase('fr') + s.slice(1);

// The typographic apostrophe of a rule (« l’acte ») and the straight one of a label (« l'acte ») are one letter here.
const folded = (s: string): string => s.toLocaleLowerCase('fr').replaceAll('\u2019', "'");

/**
 * One sentence naming the field by its label and the rule, with a capital: « Heure attendue au
 * format HH:MM » when the rule already starts with the field's name; « Lettre de série des numéros
 * d'actes : texte attendu » when the rule names it shorter (« lettre de série : texte attendu »,
 * « objet obligatoire » → « Objet du nouvel acte : obligatoire »);
 * « Lieu : 200 caractères au plus » otherwise.
 */
export function labelledMessage(label: string, rule: string): string {
  // « Lieu : obligatoire » as « Nom de la collectivité : obligatoire », never « Lieu obligatoire ».
  const required = /^(.{1,60}) obligatoire$/su.exec(rule);
  if (required?.[1] !== undefined && folded(label).startsWith(folded(required[1]))) return `${label} : obligatoire`;
  if (folded(rule).startsWith(folded(label))) return capitalized(rule);
  const named = /^([^:;]{1,60}) : (.*)$/su.exec(rule);
  if (named?.[1] !== undefined && named[2] !== undefined && folded(label).startsWith(folded(named[1]))) return `${label} : ${named[2]}`;
  return `${label} : ${rule}`;
}
