import type { AppErrorInfo } from '../domain/errors';
import { validationError } from '../domain/errors';
import type { Outcome, VoteNames } from '../domain/outcome';
import type { ActVerdict } from './act-verdict';

/**
 * Who may vote on an act, by id: the members present for it and those represented by a procuration.
 *
 * @example actVoters(actVerdict(session, act)) // [12, 15, …, 31] (présents, then the givers of procurations)
 */
export function actVoters(v: Pick<ActVerdict, 'present' | 'proxies'>): number[] {
  return [...v.present.map((m) => m.id), ...v.proxies.map((p) => p.giver.id)];
}

const COLUMNS: [keyof VoteNames, string][] = [
  ['against', 'Ont voté contre'],
  ['abstentions', 'Se sont abstenus'],
  ['notVoting', 'Ne prennent pas part au vote'],
];

/**
 * What is wrong with the names of a public ballot (empty when nothing): a name comes only from the
 * act's voters (present or represented: an absent member cannot be printed as voting, CGCT
 * L3121-15), and a member is named once. `field` of each issue is the column, as the editor keys it.
 *
 * @example ballotNameIssues({ against: [7], abstentions: [], notVoting: [] }, new Set([1, 2]), (id) => `n° ${id}`)
 * // [{ type: 'validation', field: 'vote.names.against', message: 'Ont voté contre : n° 7 n'est pas votant pour cet acte (ni présent ni représenté).' }]
 */
export function ballotNameIssues(names: VoteNames, voters: ReadonlySet<number>, nameOf: (memberId: number) => string): AppErrorInfo[] {
  const issues: AppErrorInfo[] = [];
  const seen = new Set<number>();
  for (const [column, label] of COLUMNS) {
    for (const id of names[column]) {
      const field = `vote.names.${column}`;
      if (!voters.has(id)) issues.push({ type: 'validation', field, message: `${label} : ${nameOf(id)} n'est pas votant pour cet acte (ni présent ni représenté).` });
      else if (seen.has(id)) issues.push({ type: 'validation', field, message: `${label} : ${nameOf(id)} est déjà nommé dans une autre colonne du scrutin.` });
      seen.add(id);
    }
  }
  return issues;
}

/**
 * The counts of a vote close on its voters: pour + contre + abstentions + « ne prennent pas part »
 * equals the present and represented members, so that no voice goes unaccounted for (38 pour for
 * 45 votants is refused: the 7 others abstained or took no part, and the extract says so).
 *
 * @example voteSumIssue({ kind: 'majority', ballot: 'show-of-hands', names: null, votes: { for: 38, against: 0, abstentions: 0, notVoting: 0 } }, 45)
 * // 'Vote : 38 voix et non-participations pour 45 votants (présents et représentés) : …'
 */
export function voteSumIssue(o: Outcome, voters: number): string | null {
  if (o.kind === 'pending' || o.kind === 'unanimity') return null;
  const v = o.votes;
  const cast = v.for + v.against + v.abstentions + v.notVoting;
  if (cast === voters) return null;
  const gap = voters - cast;
  return cast < voters
    ? `Vote : ${cast} voix et non-participations pour ${voters} votants (présents et représentés) : ${gap} ${gap > 1 ? 'votants manquent' : 'votant manque'} ; comptez-${gap > 1 ? 'les' : 'le'} en abstention ou dans « Ne prennent pas part ».`
    : `Vote : ${cast} voix et non-participations pour ${voters} votants (présents et représentés) : ${-gap} de trop.`;
}

/** Throws the first issue of the names of a public ballot, as the services enforce it. */
export function checkBallotNames(o: Outcome, voters: readonly number[], nameOf: (memberId: number) => string): void {
  if (o.kind === 'pending' || o.kind === 'unanimity' || o.names === null) return;
  const [first] = ballotNameIssues(o.names, new Set(voters), nameOf);
  if (first !== undefined) throw validationError(`Vote : ${first.message}`, first.field);
}
