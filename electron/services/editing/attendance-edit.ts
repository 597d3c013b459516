import type { ActStatus, SessionStatus, WithdrawalBasis } from '../../../shared/domain/attendance';
import type { BodyCode } from '../../../shared/domain/body';
import { AppError, pointedAt, validationError } from '../../../shared/domain/errors';
import { checkSessionEntries } from '../../../shared/rules/attendance';
import type { Db } from '../../db/open';
import { loadActs, setActPresiding } from '../../db/repositories/acts';
import { proxyPosition, removeActAttendance, setActAttendanceRow, setSessionMember } from '../../db/repositories/attendance';
import { loadSession } from '../../db/repositories/sessions';
import { checkActsStand, openVotes } from './act-checks';
import { assertEditable, sessionContext } from './session-context';

/**
 * Marks a member present, absent or excused for the whole session, with the procuration they give.
 * Every rule is checked on the new state — the procurations (CGCT L3121-16), then each act
 * (attendance, presiding member, quorum of adopted acts, vote totals) — before it is kept.
 */
export function setSessionAttendance(
  db: Db,
  input: { body: BodyCode; date: string; memberId: number; status: SessionStatus; holderId: number | null },
): void {
  db.transaction(() => {
    const ctx = sessionContext(db, input.body, input.date);
    const name = ctx.nameOf(input.memberId, 'memberId');
    if (input.holderId !== null) ctx.nameOf(input.holderId, 'holderId');
    const frozen = ctx.acts.filter((a) => !ctx.editable(a)).map(ctx.numberOf);
    if (frozen.length > 0) {
      throw new AppError(
        'locked',
        `Présence de ${name} : les actes ${frozen.join(', ')} ont quitté le secrétariat (transmis, exécutoires ou signés) ; ` +
          "les présences de la séance ne changent plus. Pour un acte encore modifiable, changez la présence de cet acte seulement.",
        'status',
      );
    }
    const openBefore = openVotes(ctx.session, ctx.acts);
    const entries = ctx.session.defaults.map((e) => (e.memberId === input.memberId ? { ...e, status: input.status, holderId: input.holderId } : e));
    pointedAt(input.holderId === null ? 'status' : 'holderId', () => checkSessionEntries(entries, (id) => ctx.nameOf(id, 'holderId')));
    const previous = ctx.session.defaults.find((e) => e.memberId === input.memberId);
    const sessionId = ctx.session.id;
    const position = input.holderId === null ? null : proxyPosition(db, sessionId, input.memberId, previous?.holderId === input.holderId);
    setSessionMember(db, sessionId, input.memberId, { status: input.status, holderId: input.holderId, proxyPosition: position });
    checkActsStand(loadSession(db, input.body, input.date), loadActs(db, sessionId), 'status', { member: name, openBefore });
  })();
}

/**
 * Changes a member's attendance for one act (stepped out, came back, withdrew, gave a procuration
 * for this act), or `session` to return to the session default; with `following`, for that act and
 * every later act of the session (a member who leaves before G4 is out of G4 to the end). A
 * change identical to the default is not kept: the act then simply follows the session. All the
 * acts change, each checked (procurations, quorum of an adopted act, vote totals), or none.
 */
export function setActAttendance(
  db: Db,
  input: {
    body: BodyCode;
    date: string;
    act: string;
    memberId: number;
    status: ActStatus | 'session';
    holderId: number | null;
    basis: WithdrawalBasis | null;
    reason: string | null;
    following?: boolean | undefined;
  },
): void {
  db.transaction(() => {
    const ctx = sessionContext(db, input.body, input.date);
    const first = ctx.act(input.act);
    const acts = input.following === true ? ctx.acts.filter((a) => a.number >= first.number).sort((a, b) => a.number - b.number) : [first];
    if (input.following === true && input.status === 'withdrawn') {
      throw validationError(
        'Et les actes suivants : un retrait vaut pour une affaire ; choisissez-le acte par acte, ou « absent pour cet acte » pour un élu qui quitte la séance.',
        'following',
      );
    }
    for (const act of acts) assertEditable(ctx, act);
    const name = ctx.nameOf(input.memberId, 'memberId');
    if (input.holderId !== null) ctx.nameOf(input.holderId, 'holderId');
    const openBefore = openVotes(ctx.session, acts);
    if (input.status === 'withdrawn' && input.basis === null) {
      throw validationError('Motif du retrait : choisissez « intérêt à l’affaire (CGCT L1111-6) » ou « autre motif de retrait ».', 'basis');
    }
    if (input.holderId !== null && input.status !== 'absent' && input.status !== 'excused') {
      throw validationError('Procuration à : seul un élu absent ou excusé pour cet acte donne procuration.', 'holderId');
    }
    const fallback = ctx.session.defaults.find((e) => e.memberId === input.memberId);
    const sameAsSession = input.status !== 'withdrawn' && fallback?.status === input.status && fallback.holderId === input.holderId;
    for (const act of acts) {
      if (input.status === 'session' || sameAsSession) {
        removeActAttendance(db, act.id, input.memberId);
      } else {
        // The ground and its précision belong to a withdrawal; kept on a mere absence they would be false facts in the journal.
        const withdrawn = input.status === 'withdrawn';
        const basis = withdrawn ? input.basis : null;
        const reason = withdrawn ? input.reason || null : null;
        setActAttendanceRow(db, act.id, input.memberId, { status: input.status, holderId: input.holderId, basis, reason });
      }
    }
    const changed = new Set(acts.map((a) => a.id));
    const updated = loadActs(db, ctx.session.id).filter((a) => changed.has(a.id));
    checkActsStand(ctx.session, updated, input.holderId === null ? 'status' : 'holderId', { member: name, openBefore });
  })();
}

/** Chooses who presides one act (null: the président, or the first vice-président present). */
export function setPresiding(db: Db, input: { body: BodyCode; date: string; act: string; memberId: number | null }): void {
  db.transaction(() => {
    const ctx = sessionContext(db, input.body, input.date);
    const act = ctx.act(input.act);
    assertEditable(ctx, act);
    if (input.memberId !== null) ctx.nameOf(input.memberId, 'memberId');
    setActPresiding(db, act.id, input.memberId);
    checkActsStand(ctx.session, [{ ...act, presidingId: input.memberId }], 'memberId');
  })();
}
