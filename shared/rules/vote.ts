import { validationError } from '../domain/errors';
import type { Outcome, VoteCounts } from '../domain/outcome';
import { counted } from './plural';

const UNANIMITY = "Adopté à l'unanimité.";
// What a draft prints in its preview: the act has not been voted yet.
const PENDING = 'Vote à venir.';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/**
 * The outcome sentence of the extract, names of a public ballot given by `nameOf`.
 *
 * @example outcomeText({ kind: 'majority', votes: { for: 40, against: 3, abstentions: 1, notVoting: 0 }, ballot: 'show-of-hands', names: null }, String)
 *   === 'Adopté à la majorité des suffrages exprimés (40 voix pour, 3 voix contre, 1 abstention).'
 */
export function outcomeText(o: Outcome, nameOf: (memberId: number) => string, wording: 'agreed' | 'plural' = 'agreed'): string {
  if (o.kind === 'unanimity') return UNANIMITY;
  if (o.kind === 'pending') return PENDING;
  const v = o.votes;
  const parts = [plural(v.for, 'voix pour', 'voix pour'), plural(v.against, 'voix contre', 'voix contre')];
  if (v.abstentions > 0) parts.push(plural(v.abstentions, 'abstention', 'abstentions'));
  if (v.notVoting > 0) parts.push(`${plural(v.notVoting, 'élu', 'élus')} ne prenant pas part au vote`);
  const head = `${o.kind === 'majority' ? 'Adopté' : 'Rejeté'} à la majorité des suffrages exprimés (${parts.join(', ')}).`;
  if (o.ballot !== 'public' || o.names === null) return head;
  const named = (verb: Verb, ids: number[]) => {
    if (ids.length === 0) return [];
    const names = ids.map(nameOf);
    return [`${wording === 'plural' ? verb.many : agreed(verb, names)} : ${names.join(', ')}.`];
  };
  return [head, ...named(AGAINST, o.names.against), ...named(ABSTAINED, o.names.abstentions), ...named(NOT_VOTING, o.names.notVoting)].join(' ');
}

/** A verb of the public ballot's names, as it agrees with them: one man, one woman, several, several women. */
interface Verb {
  one: string;
  oneWoman: string;
  many: string;
  manyWomen: string;
}

const AGAINST: Verb = { one: 'A voté contre', oneWoman: 'A voté contre', many: 'Ont voté contre', manyWomen: 'Ont voté contre' };
const ABSTAINED: Verb = { one: "S'est abstenu", oneWoman: "S'est abstenue", many: 'Se sont abstenus', manyWomen: 'Se sont abstenues' };
const NOT_VOTING: Verb = { one: 'Ne prend pas part au vote', oneWoman: 'Ne prend pas part au vote', many: 'Ne prennent pas part au vote', manyWomen: 'Ne prennent pas part au vote' };

/**
 * The verb agreed with the names printed after it, each led by its civility (« Mme Christine
 * AMRANE »): singular for one, feminine when all are « Mme ». Until December 2026 the sentence was
 * always plural (`wording: 'plural'`), as the session files exported then print it.
 */
function agreed(verb: Verb, names: readonly string[]): string {
  const women = names.every((name) => name.startsWith('Mme '));
  if (names.length === 1) return women ? verb.oneWoman : verb.one;
  return women ? verb.manyWomen : verb.many;
}

/** Reads back the unanimity and draft sentences; other outcomes travel as structured data. */
export function parseOutcomeText(text: string): Outcome | null {
  const t = text.trim();
  if (t === UNANIMITY) return { kind: 'unanimity' };
  return t === PENDING ? { kind: 'pending' } : null;
}

/**
 * Checks a vote against the act's attendance: votes cast by present and represented members only
 * (each procuration is one more vote), the result follows the majority of suffrages exprimés
 * (abstentions and members taking no part excluded) and, on a tie, the président's casting vote
 * decides in a public ballot (CGCT L3121-15); a secret ballot tie rejects.
 */
export function checkVote(
  o: Outcome,
  voters: number,
  presidentVotedFor: boolean | null,
): void {
  if (o.kind === 'unanimity' || o.kind === 'pending') return;
  const v: VoteCounts = o.votes;
  for (const [label, n] of [['pour', v.for], ['contre', v.against], ['abstentions', v.abstentions], ['ne prend pas part au vote', v.notVoting]] as const) {
    if (!Number.isInteger(n) || n < 0) throw validationError(`Vote : le nombre « ${label} » doit être un entier positif ou nul.`, 'vote');
  }
  const cast = v.for + v.against + v.abstentions + v.notVoting;
  if (cast > voters) {
    throw validationError(
      `Vote : ${cast} voix et non-participations déclarées pour ${voters} votants (présents et représentés).`,
      'vote',
    );
  }
  if (o.names !== null) {
    const counts: [string, number, number][] = [
      ['contre', o.names.against.length, v.against],
      ['abstentions', o.names.abstentions.length, v.abstentions],
      ['ne prend pas part au vote', o.names.notVoting.length, v.notVoting],
    ];
    for (const [label, named, count] of counts) {
      if (named !== count) throw validationError(`Vote : ${counted(named, 'nom', 'noms')} « ${label} » pour ${counted(count, 'voix', 'voix')}.`, 'vote');
    }
  }
  const adopted = v.for > v.against || (v.for === v.against && o.ballot === 'public' && presidentVotedFor === true);
  if (adopted !== (o.kind === 'majority')) {
    throw validationError(
      `Vote : ${v.for} pour et ${v.against} contre ${adopted ? 'adoptent' : "n'adoptent pas"} l'acte ; le résultat « ${o.kind === 'majority' ? 'adopté' : 'rejeté'} » ne correspond pas.`,
      'vote',
    );
  }
}
