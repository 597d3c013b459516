import { WITHDRAWAL_BASIS_LABELS } from '../../../shared/domain/attendance';
import type { BodyCode } from '../../../shared/domain/body';
import type { Member } from '../../../shared/domain/member';
import { formalName, listName, printedList, proxyName } from '../../../shared/domain/member';
import type { Act } from '../../../shared/domain/session';
import type { ActState } from '../../../shared/rules/act-state';
import type { ActVerdict } from '../../../shared/rules/act-verdict';
import { actVerdict } from '../../../shared/rules/act-verdict';
import { longDate, printedTime } from '../../../shared/rules/french-dates';
import { L3132_5_APPLIES_AFTER } from '../../../shared/rules/quorum';
import type { Db } from '../../db/open';
import { sessionContext } from '../editing/session-context';

export interface ActSummary {
  number: string;
  object: string;
  verdict: ActVerdict;
  act: Act;
  state: ActState;
  /** The state as the screens name it (« signé » once its extract is signed). */
  stateLabel: string;
  /** Whether its text, vote and attendance may still change. */
  editable: boolean;
}

/** Every act of a session with its computed attendance, quorum and presiding member. */
export function sessionActs(db: Db, body: BodyCode, date: string, only?: string) {
  const ctx = sessionContext(db, body, date);
  const acts = only === undefined ? ctx.acts : [ctx.act(only)];
  return {
    session: ctx.session,
    acts: acts.map(
      (a): ActSummary => ({
        number: ctx.numberOf(a),
        object: a.object,
        verdict: actVerdict(ctx.session, a),
        act: a,
        state: ctx.stateOf(a),
        stateLabel: ctx.stateLabelOf(a),
        editable: ctx.editable(a),
      }),
    ),
  };
}

/** « Ne prend pas part : Mme Andrée SAMAT — intérêt à l'affaire (CGCT L1111-6) : administratrice de l'OPH ; … ». */
function withdrawalLine(roster: Member[], w: ActVerdict['withdrawn'][number], outOfQuorumBase: boolean): string {
  const m = roster.find((x) => x.id === w.memberId);
  const who = m === undefined ? `membre n° ${w.memberId}` : listName(m);
  const why = `${WITHDRAWAL_BASIS_LABELS[w.basis]}${w.reason === null ? '' : ` : ${w.reason}`}`;
  const quorum = w.basis === 'L1111-6' && outOfQuorumBase ? ' ; hors de la base du quorum (CGCT L3132-5)' : '';
  return `Ne prend pas part : ${who} — ${why}${quorum}.`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** The `registre show` report: one line per act, or the four lists of one act. */
export function showSession(db: Db, body: BodyCode, date: string, act?: string): string {
  const { session, acts } = sessionActs(db, body, date, act);
  const lines = [
    `${session.body.name} — séance du ${longDate(session.date)} à ${printedTime(session.time)}, ${session.place}`,
    `Membres en exercice : ${session.roster.length} ; ${plural(acts.length, 'acte', 'actes')}`,
  ];
  for (const a of acts) {
    const v = a.verdict;
    const c = v.counts;
    const quorum = `${v.quorum.met ? 'quorum atteint' : 'QUORUM NON ATTEINT'} (${v.quorum.figures}, ${v.quorum.article})`;
    lines.push(
      '',
      `${a.number} — ${a.object}`,
      `  ${plural(c.present, 'présent', 'présents')}, ${plural(c.proxies, 'procuration', 'procurations')}, ` +
        `${plural(c.excused, 'excusé', 'excusés')}, ${plural(c.absent, 'absent', 'absents')} = ${c.present + c.proxies + c.excused + c.absent} ; ${quorum}`,
      `  Présidence : ${formalName(v.presiding)}, ${v.presidingQuality}`,
    );
    if (act !== undefined) {
      lines.push(
        `  ${printedList('Présents', v.present.map(listName))}`,
        `  ${printedList('Procurations', v.proxies.map(proxyName))}`,
        `  ${printedList('Excusés', v.excused.map(listName))}`,
        `  ${printedList('Absents', v.absent.map(listName))}`,
      );
      // The quorum above depends on who withdrew under L1111-6: say who, on what ground, and why.
      for (const w of v.withdrawn) lines.push(`  ${withdrawalLine(session.roster, w, session.date > L3132_5_APPLIES_AFTER)}`);
      if (v.lapsed.length > 0) {
        lines.push(`  Procurations tombées (mandataire absent) : ${v.lapsed.map(proxyName).join(', ')}.`);
      }
    }
  }
  return lines.join('\n');
}
