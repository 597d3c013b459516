export type Civility = 'M.' | 'Mme';

/** A councillor as the register knows them. */
export interface Member {
  id: number;
  civility: Civility;
  firstName: string;
  /** In capitals, as printed: "PEREZ LEROUX". */
  lastName: string;
  /** "Président du Conseil départemental", "Premier Vice-président du Conseil départemental"… */
  quality: string | null;
  /** 0 for the Président, 1 for the Premier Vice-président…; null for the other councillors. */
  precedence: number | null;
}

/** "M. Thierry ALBERTINI": the token of the attendance lists. */
export const listName = (m: Pick<Member, 'civility' | 'firstName' | 'lastName'>): string =>
  `${m.civility} ${m.firstName} ${m.lastName}`;

/** "M. Jean-Martin GUISIANO à M. Marc LAURIOL": a procuration as the lists print it. */
export const proxyName = (p: { giver: Pick<Member, 'civility' | 'firstName' | 'lastName'>; holder: Pick<Member, 'civility' | 'firstName' | 'lastName'> }): string =>
  `${listName(p.giver)} à ${listName(p.holder)}`;

/** "Excusés : ." — a printed list: label, " : ", the items separated by commas, a final period. */
export const printedList = (label: string, items: readonly string[]): string => `${label} : ${items.join(', ')}.`;

/** "Jean-Louis MASSON": the name under "Signé :". */
export const plainName = (m: Pick<Member, 'firstName' | 'lastName'>): string =>
  `${m.firstName} ${m.lastName}`;

/** "Monsieur Jean-Louis MASSON": the name inside sentences. */
export const formalName = (m: Pick<Member, 'civility' | 'firstName' | 'lastName'>): string =>
  `${m.civility === 'M.' ? 'Monsieur' : 'Madame'} ${m.firstName} ${m.lastName}`;

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** Alphabetical order of the printed lists: surname, then first name. */
export const bySurname = (a: Member, b: Member): number =>
  collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName);

/**
 * The ordre du tableau, the one order of every list of members on screen: the Président, the
 * vice-presidents by rank, then the other members by surname in French alphabetical order
 * (« ÉPÉE-D'ORSAY » between « BRUNET » and « HUBAUD »).
 * @example [tenoux, epee, president].sort(inTableOrder) → [president, epee, tenoux]
 */
export const inTableOrder = (a: Member, b: Member): number => (a.precedence ?? Infinity) - (b.precedence ?? Infinity) || bySurname(a, b);
