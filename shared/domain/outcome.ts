/** The result of the vote on an act. Only unanimity is seen in the reference session. */
export type Outcome = { kind: 'unanimity' };

const UNANIMITY = "Adopté à l'unanimité.";

/** The outcome sentence of the extract. */
export const outcomeText = (o: Outcome): string => {
  switch (o.kind) {
    case 'unanimity':
      return UNANIMITY;
  }
};

/** Reads a printed outcome back; null when the wording is not one the app writes. */
export function parseOutcome(text: string): Outcome | null {
  return text.trim() === UNANIMITY ? { kind: 'unanimity' } : null;
}

/** Whether the outcome adopts the act (an act cannot be adopted without quorum). */
export const adopts = (o: Outcome): boolean => o.kind === 'unanimity';
