import type { BodyCode } from '../../../shared/domain/body';
import { AppError } from '../../../shared/domain/errors';
import type { Act, Session } from '../../../shared/domain/session';
import { longDate } from '../../../shared/rules/french-dates';
import { parseActNumber } from '../../../shared/rules/numbering';
import type { Db } from '../open';
import { loadActs } from './acts';
import { loadSession } from './sessions';

/**
 * The one « act not found » of the app, e.g. actNotFound('G99', '2023-10-16') →
 * « L'acte G99 n'existe pas dans la séance du 16 octobre 2023. », on the field `act`.
 */
export function actNotFound(act: string, sessionDate: string): AppError {
  return new AppError('not_found', `L'acte ${act} n'existe pas dans la séance du ${longDate(sessionDate)}.`, 'act');
}

/** The act printed `act` (« G25 ») among a session's acts, or actNotFound. */
export function actOf<A extends Pick<Act, 'number'>>(session: Pick<Session, 'body' | 'date'>, acts: readonly A[], act: string): A {
  const wanted = parseActNumber(act, session.body.series).value;
  const found = acts.find((a) => a.number === wanted);
  if (found === undefined) throw actNotFound(act, session.date);
  return found;
}

/** A session and its acts in number order, read once, e.g. sessionWithActs(db, 'CP', '2023-10-16'). */
export function sessionWithActs(db: Db, body: BodyCode, date: string): { session: Session; acts: Act[] } {
  const session = loadSession(db, body, date);
  return { session, acts: loadActs(db, session.id) };
}

/** One act of a session with the session and its acts, e.g. sessionAct(db, 'CP', '2023-10-16', 'G25'). */
export function sessionAct(db: Db, body: BodyCode, date: string, act: string): { session: Session; acts: Act[]; act: Act } {
  const loaded = sessionWithActs(db, body, date);
  return { ...loaded, act: actOf(loaded.session, loaded.acts, act) };
}
