import type { AttendanceView } from '../../../shared/contract/channels/attendance';
import type { BodyCode } from '../../../shared/domain/body';
import { formalName, inTableOrder, listName, proxyName } from '../../../shared/domain/member';
import { actVerdict } from '../../../shared/rules/act-verdict';
import type { Db } from '../../db/open';
import { sessionActs } from '../sessions/session-view';

const quorumView = (q: { met: boolean; figures: string; article: string }) => ({ met: q.met, figures: q.figures, article: q.article });

/** The attendance grid of a session: members in the order of the tableau, and each act's changes and verdict. */
export function attendanceView(db: Db, body: BodyCode, date: string): AttendanceView {
  const { session, acts } = sessionActs(db, body, date);
  const defaults = new Map(session.defaults.map((e) => [e.memberId, e]));
  const members = [...session.roster].sort(inTableOrder);
  const byDefault = actVerdict(session, { changes: [], presidingId: null });
  return {
    body,
    date,
    presidentId: session.presidentId,
    editable: acts.every((a) => a.editable),
    members: members.map((m) => ({
      id: m.id,
      name: listName(m),
      quality: m.quality,
      status: defaults.get(m.id)?.status ?? 'absent',
      holderId: defaults.get(m.id)?.holderId ?? null,
    })),
    session: { counts: { ...byDefault.counts }, quorum: quorumView(byDefault.quorum) },
    acts: acts.map((a) => ({
      number: a.number,
      object: a.object,
      state: a.stateLabel,
      editable: a.editable,
      changes: a.act.changes.map((c) => ({ memberId: c.memberId, status: c.status, holderId: c.holderId, basis: c.basis, reason: c.reason })),
      presidingOverrideId: a.act.presidingId,
      counts: { ...a.verdict.counts },
      quorum: quorumView(a.verdict.quorum),
      presiding: { id: a.verdict.presiding.id, name: formalName(a.verdict.presiding), quality: a.verdict.presidingQuality },
      lapsed: a.verdict.lapsed.map(proxyName),
    })),
  };
}
