import { pointedAt, validationError } from '../../../shared/domain/errors';
import type { Act, Session } from '../../../shared/domain/session';
import { listName } from '../../../shared/domain/member';
import { actVerdict } from '../../../shared/rules/act-verdict';
import { actVoters, checkBallotNames, voteSumIssue } from '../../../shared/rules/ballot';
import { formatActNumber } from '../../../shared/rules/numbering';
import { checkActStands } from '../../../shared/rules/act-standing';

/**
 * An attendance change being checked: the member whose attendance changes, and the acts whose
 * recorded vote did not close on its voters before it (left to the editor, see openVotes).
 */
export interface AttendanceChange {
  member: string;
  openBefore: ReadonlySet<number>;
}

/**
 * Checks that each act still stands with the register as it now is: its attendance computes (the
 * procurations hold, someone presides), an adopted act has its quorum, and its vote has no more
 * voices than voters and names only voters; after an attendance change, a vote that closed on its
 * voters still does (or the refusal names the act and the member). Throws the first broken rule, prefixed with the act number; called inside
 * the writing transaction, so a refusal leaves the register unchanged.
 */
export function checkActsStand(session: Session, acts: readonly Act[], field?: string, change?: AttendanceChange): void {
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
        if (change !== undefined && !change.openBefore.has(act.id)) {
          const issue = voteSumIssue(act.outcome, verdict.counts.present + verdict.counts.proxies);
          if (issue !== null) {
            throw validationError(
              `la présence de ${change.member} change les votants de l'acte, dont le vote est déjà enregistré. ${issue} ` +
                `Remettez d'abord le vote de ${number} à « Vote à venir », changez la présence, puis saisissez de nouveau le vote.`,
            );
          }
        }
        checkActStands(act.outcome, verdict);
      },
      { prefix: number, replace: field !== undefined },
    );
  }
}

/** The ids of the acts whose recorded vote does not close on their voters (pour + contre + abstentions + ne prennent pas part ≠ votants). */
export function openVotes(session: Session, acts: readonly Act[]): Set<number> {
  const open = new Set<number>();
  for (const act of acts) {
    const verdict = actVerdict(session, act);
    if (voteSumIssue(act.outcome, verdict.counts.present + verdict.counts.proxies) !== null) open.add(act.id);
  }
  return open;
}

