import type { ActAttendance } from '../domain/attendance';
import type { Member } from '../domain/member';
import { bySurname, listName } from '../domain/member';
import type { Act, Session } from '../domain/session';
import { computeActAttendance } from './attendance';
import { presidingMember, presidingQuality } from './presiding';
import type { QuorumVerdict } from './quorum';
import { quorum } from './quorum';

export interface ActCounts {
  present: number;
  proxies: number;
  excused: number;
  absent: number;
}

/** Everything the register decides about one act's attendance, as the extract prints it. */
export interface ActVerdict {
  membersInOffice: number;
  present: Member[];
  proxies: { giver: Member; holder: Member }[];
  excused: Member[];
  absent: Member[];
  withdrawn: ActAttendance['withdrawn'];
  lapsed: { giver: Member; holder: Member }[];
  counts: ActCounts;
  quorum: QuorumVerdict;
  presiding: Member;
  presidingQuality: string;
}

// Each roster's alphabetical order, computed once: every act of a session sorts the same members,
// and the French collator is the dearest part of a verdict (a session file's import computes one
// per act). A roster is never changed in place, so its array identifies its order.
const surnameOrders = new WeakMap<readonly Member[], Map<number, number>>();

function surnameOrder(roster: readonly Member[]): Map<number, number> {
  let order = surnameOrders.get(roster);
  if (order === undefined) {
    order = new Map([...roster].sort(bySurname).map((m, i) => [m.id, i]));
    surnameOrders.set(roster, order);
  }
  return order;
}

/**
 * The attendance, quorum and presiding member of one act, from the session default and the act's
 * changes. Présents, excusés and absents are sorted by surname; procurations keep their order.
 */
export function actVerdict(session: Session, act: Pick<Act, 'changes' | 'presidingId'>): ActVerdict {
  const byId = new Map(session.roster.map((m) => [m.id, m]));
  const member = (id: number): Member => {
    const m = byId.get(id);
    if (m === undefined) throw new Error(`member ${id} is not in the session roster`);
    return m;
  };
  const nameOf = (id: number) => {
    const m = byId.get(id);
    return m === undefined ? `l'élu n° ${id}` : listName(m);
  };
  const a = computeActAttendance(
    session.roster.map((m) => m.id),
    session.defaults,
    act.changes,
    nameOf,
  );
  const order = surnameOrder(session.roster);
  const rank = (m: Member) => order.get(m.id) ?? 0;
  const sorted = (ids: number[]) => ids.map(member).sort((x, y) => rank(x) - rank(y));
  const pair = (p: { giverId: number; holderId: number }) => ({ giver: member(p.giverId), holder: member(p.holderId) });
  const counts = { present: a.present.length, proxies: a.proxies.length, excused: a.excused.length, absent: a.absent.length };
  const presiding = presidingMember({
    presidentId: session.presidentId,
    presentIds: new Set(a.present),
    members: session.roster,
    overrideId: act.presidingId,
  });
  return {
    membersInOffice: session.roster.length,
    present: sorted(a.present),
    proxies: a.proxies.map(pair),
    excused: sorted(a.excused),
    absent: sorted(a.absent),
    withdrawn: a.withdrawn,
    lapsed: a.lapsed.map(pair),
    counts,
    quorum: quorum({
      body: session.body.code,
      sessionDate: session.date,
      membersInOffice: session.roster.length,
      present: counts.present,
      represented: counts.proxies,
      withdrawnL1111_6: a.withdrawn.filter((w) => w.basis === 'L1111-6').length,
    }),
    presiding,
    presidingQuality: presidingQuality(presiding),
  };
}
