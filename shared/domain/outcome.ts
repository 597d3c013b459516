/** Votes on one act: pour, contre, abstentions, and members taking no part ("ne prend pas part au vote"). */
export interface VoteCounts {
  for: number;
  against: number;
  abstentions: number;
  notVoting: number;
}

/**
 * How the vote was taken: show of hands (counts only), public ballot (L3121-15: the names and the
 * sense of each vote are printed), secret ballot (counts only).
 */
export type Ballot = 'show-of-hands' | 'public' | 'secret';

/** Members by id, for a public ballot: who voted against, abstained or took no part. */
export interface VoteNames {
  against: number[];
  abstentions: number[];
  notVoting: number[];
}

/** The result of the vote on an act; `pending` while the act is a draft on the ordre du jour. */
export type Outcome =
  | { kind: 'pending' }
  | { kind: 'unanimity' }
  | { kind: 'majority' | 'rejected'; votes: VoteCounts; ballot: Ballot; names: VoteNames | null };

/**
 * Whether the act has been voted on (adopted or rejected): until then it is a projet, left out of
 * the registre, the liste, the recueil and @ctes, and its extract is marked « PROJET ».
 */
export const isDecided = (o: Outcome): boolean => o.kind !== 'pending';

/** Whether the outcome adopts the act (an act cannot be adopted without quorum). */
export const adopts = (o: Outcome): boolean => o.kind === 'unanimity' || o.kind === 'majority';
