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

/** A roster's ids, its members by id, and each one's rank in alphabetical order. */
interface RosterIndex {
  ids: number[];
  byId: Map<number, Member>;
  order: Map<number, number>;
}

// Each roster's index, computed once: every act of a session looks up and sorts the same members,
// and the French collator is the dearest part of a verdict (a session file's import computes one
// per act). A roster is never changed in place, so its array identifies its index.
const rosterIndexes = new WeakMap<readonly Member[], RosterIndex>();

function rosterIndex(roster: readonly Member[]): RosterIndex {
  let index = rosterIndexes.get(roster);
  if (index === undefined) {
    index = { ids: roster.map((m) => m.id), byId: new Map(roster.map((m) => [m.id, m])), order: new Map([...roster].sort(bySurname).map((m, i) => [m.id, i])) };
    rosterIndexes.set(roster, index);
  }
  return index;
}

/**
 * The attendance, quorum and presiding member of one act, from the session default and the act's
 * changes. Présents, excusés and absents are sorted by surname; procurations keep their order.
 */
export function actVerdict(session: Session, act: Pick<Act, 'changes' | 'presidingId'>): ActVerdict {
  const { ids, byId, order } = rosterIndex(session.roster);
  const member = (id: number): Member => {
    const m = byId.get(id);
    if (m === undefined) throw new Error(`member ${id} is not in the session roster`);
    return m;
  };
  const nameOf = (id: number) => {
    const m = byId.get(id);
    return m === undefined ? `l'élu n° ${id}` : listName(m);
  };
  const a = computeActAttendance(ids, session.defaults, act.changes, nameOf);
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
