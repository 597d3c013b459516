import type { ActAttendance, ActEntry, Proxy, SessionEntry } from '../domain/attendance';
import { validationError } from '../domain/errors';

type NameOf = (memberId: number) => string;

/**
 * Whether a member with this status can hold a procuration: only a present one (CGCT L3121-16);
 * a procuration whose holder is away lapses.
 *
 * @example canHoldProxy('present') // true; canHoldProxy('withdrawn') // false
 */
export function canHoldProxy(status: string | undefined): boolean {
  return status === 'present';
}

/**
 * Checks the session default: a member holds at most one procuration (CGCT L3121-16), giver and
 * holder differ, the giver is not present and the holder is.
 * Throws a French validation error naming the member and the rule.
 */
export function checkSessionEntries(entries: readonly SessionEntry[], nameOf: NameOf): void {
  const status = new Map(entries.map((e) => [e.memberId, e.status]));
  checkProxies(
    entries.flatMap((e) => (e.holderId === null ? [] : [{ giverId: e.memberId, holderId: e.holderId }])),
    (id) => status.get(id),
    nameOf,
    'la séance',
  );
}

/**
 * Checks procurations against who is present, for `scope` (« la séance », « l'acte »): giver and
 * holder differ, the giver is not present, the holder is, and holds only one (CGCT L3121-16).
 * Throws a French validation error naming the members and the rule.
 *
 * @example checkProxies([{ giverId: 3, holderId: 7 }], (id) => status.get(id), nameOf, "l'acte")
 */
export function checkProxies(
  proxies: readonly Proxy[],
  statusOf: (id: number) => string | undefined,
  nameOf: NameOf,
  scope: string,
): void {
  const held = new Map<number, number>();
  for (const { giverId, holderId } of proxies) {
    if (giverId === holderId) {
      throw validationError(
        `Procuration de ${nameOf(giverId)} : le mandant et le mandataire doivent être deux élus différents.`,
      );
    }
    if (statusOf(giverId) === 'present') {
      throw validationError(
        `Procuration de ${nameOf(giverId)} pour ${scope} : un élu présent ne peut pas donner procuration.`,
      );
    }
    if (!canHoldProxy(statusOf(holderId))) {
      throw validationError(
        `Procuration de ${nameOf(giverId)} à ${nameOf(holderId)} pour ${scope} : le mandataire doit être présent.`,
      );
    }
    const previous = held.get(holderId);
    if (previous !== undefined) {
      throw validationError(
        `${nameOf(holderId)} reçoit deux procurations (de ${nameOf(previous)} et de ${nameOf(giverId)}) : ` +
          `un conseiller départemental ne peut recevoir qu'une seule délégation (CGCT L3121-16).`,
      );
    }
    held.set(holderId, giverId);
  }
}

/**
 * The attendance of one act: the session default with the act's changes applied.
 * A procuration whose holder is not present for the act lapses and its giver is counted absent
 * (the reference session shows it for G25). Lists keep the roster order given; sort them to print.
 *
 * @example computeActAttendance(roster, defaults, [{ memberId: lauriol, status: 'absent', … }], nameOf)
 *   → GUISIANO's procuration to LAURIOL lapses, GUISIANO is absent.
 */
export function computeActAttendance(
  roster: readonly number[],
  defaults: readonly SessionEntry[],
  changes: readonly ActEntry[],
  nameOf: NameOf,
): ActAttendance {
  const byDefault = new Map(defaults.map((e) => [e.memberId, e]));
  const byChange = new Map(changes.map((e) => [e.memberId, e]));
  const status = new Map<number, ActEntry['status']>();
  const proxies: Proxy[] = [];
  const withdrawn: ActAttendance['withdrawn'] = [];

  // Print order: the session's procurations in their registration order, then those given for this act.
  const ordered = [
    ...defaults.map((d) => d.memberId).filter((id) => !byChange.has(id)),
    ...changes.map((c) => c.memberId),
  ];
  for (const id of roster) {
    const entry = byChange.get(id) ?? byDefault.get(id);
    if (entry === undefined) throw validationError(`${nameOf(id)} n'a pas de présence enregistrée pour la séance.`);
    status.set(id, entry.status);
    if (entry.status === 'withdrawn' && 'basis' in entry) {
      withdrawn.push({ memberId: id, basis: entry.basis ?? 'interest', reason: entry.reason });
    }
  }
  for (const id of ordered) {
    const entry = byChange.get(id) ?? byDefault.get(id);
    if (entry?.holderId != null && status.has(id)) proxies.push({ giverId: id, holderId: entry.holderId });
  }

  const givenForThisAct = proxies.filter((p) => byChange.has(p.giverId));
  checkProxies(givenForThisAct, (id) => status.get(id), nameOf, 'cet acte');
  const kept: Proxy[] = [];
  const lapsed: Proxy[] = [];
  for (const p of proxies) (canHoldProxy(status.get(p.holderId)) ? kept : lapsed).push(p);
  checkProxies(kept, (id) => status.get(id), nameOf, 'cet acte');

  const represented = new Set(kept.map((p) => p.giverId));
  const of = (s: ActEntry['status']) => roster.filter((id) => status.get(id) === s && !represented.has(id));
  return {
    present: of('present'),
    proxies: kept,
    excused: of('excused'),
    absent: roster.filter(
      (id) => !represented.has(id) && (status.get(id) === 'absent' || status.get(id) === 'withdrawn'),
    ),
    withdrawn,
    lapsed,
  };
}

/** present + represented + excused + absent = members in office: the extract's own arithmetic. */
export function attendanceTotal(a: ActAttendance): number {
  return a.present.length + a.proxies.length + a.excused.length + a.absent.length;
}

/**
 * Who may hold a procuration: the members present (for the session, or for one act once its
 * changes are applied) who hold none yet — the giver's current holder stays a choice.
 *
 * @example holderCandidates(present, proxies, giverId) → ids in the order of `present`
 */
export function holderCandidates(present: readonly number[], proxies: readonly Proxy[], giverId: number): number[] {
  const holding = new Set(proxies.filter((p) => p.giverId !== giverId).map((p) => p.holderId));
  return present.filter((id) => id !== giverId && !holding.has(id));
}
