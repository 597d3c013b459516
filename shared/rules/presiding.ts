import type { Member } from '../domain/member';
import { formalName } from '../domain/member';
import { validationError } from '../domain/errors';

/**
 * Who presides one act, and so signs it: the secretary's choice when there is one, otherwise the
 * session's président, otherwise — when he is not present for that act — the first present member
 * in the order of precedence (Premier Vice-président, then the next).
 *
 * @example presidingMember({ presidentId: 1, presentIds: new Set([2, 3]), members, overrideId: null })
 *   → the member with the lowest precedence among 2 and 3
 */
export function presidingMember(args: {
  presidentId: number;
  presentIds: ReadonlySet<number>;
  members: readonly Member[];
  overrideId: number | null;
}): Member {
  // Looked up, not indexed: one verdict an act, and a Map of the roster would cost more than two scans.
  const memberOf = (id: number) => args.members.find((m) => m.id === id);
  if (args.overrideId !== null) {
    const chosen = memberOf(args.overrideId);
    if (chosen === undefined) throw validationError(`Présidence : l'élu n° ${args.overrideId} est inconnu.`);
    if (!args.presentIds.has(chosen.id)) {
      throw validationError(
        `Présidence : ${formalName(chosen)} n'est pas présent(e) pour ce dossier et ne peut pas le présider.`,
      );
    }
    return chosen;
  }
  const president = memberOf(args.presidentId);
  if (president !== undefined && args.presentIds.has(president.id)) return president;
  const successor = args.members
    .filter((m) => m.precedence !== null && args.presentIds.has(m.id))
    .sort((a, b) => (a.precedence ?? 0) - (b.precedence ?? 0))[0];
  if (successor === undefined) {
    throw validationError(
      "Présidence : ni le président de séance ni aucun vice-président n'est présent pour ce dossier ; " +
        'désignez le membre qui préside.',
    );
  }
  return successor;
}

/** The quality printed after the presiding member's name; every presiding member needs one. */
export function presidingQuality(m: Member): string {
  if (m.quality === null || m.quality.trim() === '') {
    throw validationError(
      `Présidence : ${formalName(m)} n'a pas de qualité enregistrée (ex. « Premier Vice-président du Conseil départemental »).`,
    );
  }
  return m.quality;
}
