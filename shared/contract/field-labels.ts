/*
 * The contract's fields as the screens label them: a refusal names the field the secretary sees
 * (« Heure », « Objet »), never the payload's path (« time », « content.object »).
 */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  body: 'Organe',
  date: 'Date',
  time: 'Heure',
  place: 'Lieu',
  presidentId: 'Président de séance',
  certifier: 'Certification',
  act: 'Acte',
  number: 'Nouveau numéro',
  object: 'Objet du nouvel acte',
  memberId: 'Élu',
  status: 'Présence',
  holderId: 'Procuration à',
  basis: 'Motif du retrait',
  reason: 'Précision',
  format: 'Format',
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
};

/** The screen's label of a contract field, e.g. `fieldLabel(['content', 'vote', 'for'])` → « Pour »; its nearest labelled parent otherwise. */
export function fieldLabel(path: readonly PropertyKey[]): string | null {
  const keys = path.filter((k): k is string => typeof k === 'string');
  for (let n = keys.length; n > 0; n--) {
    const label = FIELD_LABELS[keys.slice(0, n).join('.')];
    if (label !== undefined) return label;
  }
  return null;
}

/**
 * One sentence naming the field by its label and the rule: « Heure attendue au format HH:MM »
 * when the rule already starts with the field's name, « Lieu : 200 caractères au plus » otherwise.
 */
export function labelledMessage(label: string, rule: string): string {
  if (rule.toLocaleLowerCase('fr').startsWith(label.toLocaleLowerCase('fr'))) return rule.charAt(0).toLocaleUpperCase('fr') + rule.slice(1);
  return `${label} : ${rule}`;
}
