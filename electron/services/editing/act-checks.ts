import { AppError } from '../../../shared/domain/errors';
import type { Act, Session } from '../../../shared/domain/session';
import { actVerdict } from '../../../shared/rules/act-verdict';
import { formatActNumber } from '../../../shared/rules/numbering';
import { checkActStands } from '../../../shared/rules/act-standing';

/**
 * Checks that each act still stands with the register as it now is: its attendance computes (the
 * procurations hold, someone presides), an adopted act has its quorum, and its vote has no more
 * voices than voters. Throws the first broken rule, prefixed with the act number; called inside
 * the writing transaction, so a refusal leaves the register unchanged.
 */
export function checkActsStand(session: Session, acts: readonly Act[], field?: string): void {
  for (const act of acts) {
    const number = formatActNumber({ series: session.body.series, value: act.number });
    try {
      checkActStands(act.outcome, actVerdict(session, act));
    } catch (e) {
      if (e instanceof AppError) throw new AppError(e.type, `${number} : ${e.message}`, field ?? e.field ?? number);
      throw e;
    }
  }
}
