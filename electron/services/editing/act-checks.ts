import { pointedAt } from '../../../shared/domain/errors';
import type { Act, Session } from '../../../shared/domain/session';
import { listName } from '../../../shared/domain/member';
import { actVerdict } from '../../../shared/rules/act-verdict';
import { actVoters, checkBallotNames } from '../../../shared/rules/ballot';
import { formatActNumber } from '../../../shared/rules/numbering';
import { checkActStands } from '../../../shared/rules/act-standing';

/**
 * Checks that each act still stands with the register as it now is: its attendance computes (the
 * procurations hold, someone presides), an adopted act has its quorum, and its vote has no more
 * voices than voters and names only voters. Throws the first broken rule, prefixed with the act number; called inside
 * the writing transaction, so a refusal leaves the register unchanged.
 */
export function checkActsStand(session: Session, acts: readonly Act[], field?: string): void {
  const byId = new Map(session.roster.map((m) => [m.id, m]));
  const nameOf = (id: number) => {
    const m = byId.get(id);
    return m === undefined ? `l'élu n° ${id}` : listName(m);
  };
  for (const act of acts) {
    const number = formatActNumber({ series: session.body.series, value: act.number });
    pointedAt(
      field ?? number,
      () => {
        const verdict = actVerdict(session, act);
        // A member named in a public ballot who is no longer a voter would print as absent and voting:
        // said first, since it is what the secretary just did (the counts then no longer close either).
        checkBallotNames(act.outcome, actVoters(verdict), nameOf);
        checkActStands(act.outcome, verdict);
      },
      { prefix: number, replace: field !== undefined },
    );
  }
}
