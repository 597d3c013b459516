import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, Input } from '../../../shared/contract/contract';
import type { Result } from '../../../shared/domain/errors';
import { referenceRegister, snapshot } from '../../testing/temp-register';
import { callValue } from '../../testing/contract-call';
import { handle } from '../../door/dispatch';

// The day of the later session below: its votes are recorded once it is held.
const now = new Date('2024-02-12T15:00:00Z');
const reg = referenceRegister();
const session = { body: 'CP', date: '2024-01-15' } as const;
let ids: Map<string, number>;

const call = <C extends Channel>(channel: C, input: Input<C>) => callValue(reg.db, channel, input, now);
const id = (name: string) => ids.get(name) ?? Number.NaN;

beforeAll(async () => {
  const members = await call('members:in-office', session);
  ids = new Map(members.map((m) => [m.name, m.id]));
  await call('session:create', { ...session, time: '10:00', place: 'Toulon', presidentId: id('M. Jean-Louis MASSON') });
  await call('act:create', { ...session, object: 'Aide aux communes' });
  await call('act:create', { ...session, object: 'Subvention au collège' });
});
afterAll(() => reg.cleanup());

describe('session attendance', () => {
  it('starts a new session with every member in office present, the président presiding', async () => {
    const view = await call('attendance:get', session);
    expect(view.members).toHaveLength(46);
    expect(view.members[0]?.name).toBe('M. Jean-Louis MASSON');
    expect(view.session.counts).toEqual({ present: 46, proxies: 0, excused: 0, absent: 0 });
    expect(view.acts.map((a) => [a.number, a.state, a.presiding.name])).toEqual([
      ['G1', 'brouillon', 'Monsieur Jean-Louis MASSON'],
      ['G2', 'brouillon', 'Monsieur Jean-Louis MASSON'],
    ]);
  });

  it('records a procuration given for the session and counts it in every act', async () => {
    await call('attendance:set', { ...session, memberId: id('M. Jean-Martin GUISIANO'), status: 'absent', holderId: null });
    const view = await call('attendance:set', {
      ...session,
      memberId: id('M. Jean-Martin GUISIANO'),
      status: 'absent',
      holderId: id('M. Marc LAURIOL'),
    });
    expect(view.session.counts).toEqual({ present: 45, proxies: 1, excused: 0, absent: 0 });
    expect(view.session.quorum.figures).toBe('45 + 1 ≥ 24');
    expect(view.acts[1]?.counts.proxies).toBe(1);
    const row = reg.db.prepare('SELECT status, holder_id FROM session_members WHERE member_id = ?').get(id('M. Jean-Martin GUISIANO'));
    expect(row).toEqual({ status: 'absent', holder_id: id('M. Marc LAURIOL') });
  });

  it('refuses a second procuration to the same holder in French, naming the field, and changes nothing', async () => {
    await call('attendance:set', { ...session, memberId: id('M. Guillaume DECARD'), status: 'excused', holderId: null });
    const before = snapshot(reg.db);
    const reply = await handle(reg.db, 'attendance:set', { ...session, memberId: id('M. Guillaume DECARD'), status: 'excused', holderId: id('M. Marc LAURIOL') }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'holderId' } });
    expect(!reply.ok && reply.error.message).toContain('M. Marc LAURIOL reçoit deux procurations');
    expect(!reply.ok && reply.error.message).toContain('L3121-16');
    expect(snapshot(reg.db)).toEqual(before);
  });

  it('refuses to mark absent a member who holds a procuration', async () => {
    const reply = await handle(reg.db, 'attendance:set', { ...session, memberId: id('M. Marc LAURIOL'), status: 'absent', holderId: null }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation' } });
    expect(!reply.ok && reply.error.message).toContain('le mandataire doit être présent');
  });

  it('steps a member out of one act: their procuration lapses there only, quorum recomputed', async () => {
    const view = await call('act-attendance:set', {
      ...session,
      act: 'G2',
      memberId: id('M. Marc LAURIOL'),
      status: 'absent',
      holderId: null,
      basis: null,
      reason: null,
    });
    const [g1, g2] = view.acts;
    expect(g1?.counts).toEqual({ present: 44, proxies: 1, excused: 1, absent: 0 });
    expect(g2?.counts).toEqual({ present: 43, proxies: 0, excused: 1, absent: 2 });
    expect(g2?.lapsed).toEqual(['M. Jean-Martin GUISIANO à M. Marc LAURIOL']);
    expect(g2?.quorum.figures).toBe('43 + 0 ≥ 24');
    expect(reg.db.prepare("SELECT count(*) FROM act_attendance aa JOIN acts a ON a.id = aa.act_id JOIN sessions s ON s.id = a.session_id WHERE s.date = '2024-01-15'").pluck().get()).toBe(1);
  });

  it('hands the presidency of an act to the premier vice-président when the président steps out', async () => {
    const view = await call('act-attendance:set', {
      ...session,
      act: 'G1',
      memberId: id('M. Jean-Louis MASSON'),
      status: 'absent',
      holderId: null,
      basis: null,
      reason: null,
    });
    expect(view.acts[0]?.presiding).toMatchObject({ name: 'Monsieur Didier BREMOND', quality: 'Premier Vice-président du Conseil départemental' });
    expect(view.acts[1]?.presiding.name).toBe('Monsieur Jean-Louis MASSON');
    const back = await call('act-attendance:set', { ...session, act: 'G1', memberId: id('M. Jean-Louis MASSON'), status: 'session', holderId: null, basis: null, reason: null });
    expect(back.acts[0]?.presiding.name).toBe('Monsieur Jean-Louis MASSON');
    expect(back.acts[0]?.changes).toEqual([]);
  });

  it('lets the secretary choose who presides, among the members present only', async () => {
    const view = await call('act:presiding', { ...session, act: 'G1', memberId: id('M. Didier BREMOND') });
    expect(view.acts[0]?.presiding.name).toBe('Monsieur Didier BREMOND');
    expect(view.acts[0]?.presidingOverrideId).toBe(id('M. Didier BREMOND'));
    const reply = await handle(reg.db, 'act:presiding', { ...session, act: 'G1', memberId: id('M. Jean-Martin GUISIANO') }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'memberId' } });
    expect(!reply.ok && reply.error.message).toContain("n'est pas présent");
    const reset = await call('act:presiding', { ...session, act: 'G1', memberId: null });
    expect(reset.acts[0]?.presiding.name).toBe('Monsieur Jean-Louis MASSON');
  });

  it('requires the ground of a withdrawal and keeps it', async () => {
    const member = id('Mme Martine ARENAS');
    const refused = await handle(reg.db, 'act-attendance:set', { ...session, act: 'G1', memberId: member, status: 'withdrawn', holderId: null, basis: null, reason: null }, now);
    expect(refused).toMatchObject({ ok: false, error: { field: 'basis' } });
    const view = await call('act-attendance:set', { ...session, act: 'G1', memberId: member, status: 'withdrawn', holderId: null, basis: 'L1111-6', reason: 'Présidente de l’association' });
    expect(view.acts[0]?.changes).toContainEqual({ memberId: member, status: 'withdrawn', holderId: null, basis: 'L1111-6', reason: 'Présidente de l’association' });
  });

  it('keeps a précision for a withdrawal only: a member stepping out gets none, in the act as in the journal', async () => {
    // The screen hides the précision once « sort de la salle » is chosen, but sends what was typed for the withdrawal before.
    const member = id('M. Bruno AYCARD');
    const view = await call('act-attendance:set', { ...session, act: 'G2', memberId: member, status: 'absent', holderId: null, basis: null, reason: 'Présidente de l’association' });
    expect(view.acts[1]?.changes).toContainEqual({ memberId: member, status: 'absent', holderId: null, basis: null, reason: null });
    const journal = reg.db.prepare("SELECT after FROM journal WHERE act = 'G2' AND session_date = ? ORDER BY id DESC LIMIT 1").pluck().get(session.date);
    expect(journal).toBe('M. Bruno AYCARD : absent');
    await call('act-attendance:set', { ...session, act: 'G2', memberId: member, status: 'session', holderId: null, basis: null, reason: null });
  });

  it("refuses a change that would take an adopted act's quorum away", async () => {
    await call('act:save', { ...session, act: 'G2', content: { ...(await editorContent('G2')), decisions: ["d'attribuer la subvention."], vote: { kind: 'unanimity' } } });
    let before = snapshot(reg.db);
    let reply: Result<unknown> = { ok: true, value: null };
    for (const m of [...ids.values()].filter((x) => x !== id('M. Jean-Louis MASSON') && x !== id('M. Marc LAURIOL'))) {
      before = snapshot(reg.db);
      reply = await handle(reg.db, 'attendance:set', { ...session, memberId: m, status: 'absent', holderId: null }, now);
      if (!reply.ok) break;
    }
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'status' } });
    expect(!reply.ok && reply.error.message).toMatch(/^G2 : le quorum n'est pas atteint \(23 \+ 0 < 24, CGCT L3121-14-1\) : l'assemblée « ne peut délibérer .* il reste « Vote à venir » ou est retiré\.$/);
    expect(snapshot(reg.db)).toEqual(before);
  });

  it("refuses to change the attendance of the reference session, whose acts have been transmitted", async () => {
    const before = snapshot(reg.db);
    const reply = await handle(reg.db, 'attendance:set', { body: 'CP', date: '2023-10-16', memberId: id('Mme Martine ARENAS'), status: 'absent', holderId: null }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'locked', field: 'status' } });
    const act = await handle(reg.db, 'act-attendance:set', { body: 'CP', date: '2023-10-16', act: 'G25', memberId: id('Mme Martine ARENAS'), status: 'absent', holderId: null, basis: null, reason: null }, now);
    expect(act).toMatchObject({ ok: false, error: { type: 'locked' } });
    expect(!act.ok && act.error.message).toContain('G25 est');
    expect(snapshot(reg.db)).toEqual(before);
  });
});

describe('a later attendance change never breaks a recorded vote', () => {
  const later = { body: 'CP', date: '2024-02-12' } as const;
  const later2 = (act: string) => ({ ...later, act });

  beforeAll(async () => {
    await call('session:create', { ...later, time: '10:00', place: 'Toulon', presidentId: id('M. Jean-Louis MASSON') });
    await call('act:create', { ...later, object: 'Vote à main levée' });
    await call('act:create', { ...later, object: 'Scrutin public' });
    const g1 = (await call('act:get', later2('G1'))).content;
    await call('act:save', { ...later2('G1'), content: { ...g1, decisions: ["d'approuver le projet."], vote: { kind: 'majority', ballot: 'show-of-hands', for: 44, against: 2, abstentions: 0, notVoting: 0, names: null } } });
  });

  it('refuses to mark absent a voter of an act whose counts then no longer close, naming the act and the member', async () => {
    const before = snapshot(reg.db);
    const reply = await handle(reg.db, 'attendance:set', { ...later, memberId: id('M. Thierry ALBERTINI'), status: 'absent', holderId: null }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'status' } });
    const message = !reply.ok ? reply.error.message : '';
    expect(message).toMatch(/^G1 : la présence de M\. Thierry ALBERTINI change les votants de l'acte/);
    expect(message).toContain('46 voix et non-participations pour 45 votants (présents et représentés) : 1 de trop.');
    expect(message).toContain("Remettez d'abord le vote de G1 à « Vote à venir », changez la présence, puis saisissez de nouveau le vote.");
    const act = await handle(reg.db, 'act-attendance:set', { ...later2('G1'), memberId: id('M. Thierry ALBERTINI'), status: 'withdrawn', holderId: null, basis: 'L1111-6', reason: null }, now);
    expect(!act.ok && act.error.message).toMatch(/^G1 : la présence de M\. Thierry ALBERTINI/);
    expect(snapshot(reg.db)).toEqual(before);
  });

  it('accepts the change once the vote is back to « Vote à venir », and the vote recorded again on the new voters', async () => {
    const g1 = (await call('act:get', later2('G1'))).content;
    await call('act:save', { ...later2('G1'), content: { ...g1, vote: { kind: 'pending' } } });
    const view = await call('act-attendance:set', { ...later2('G1'), memberId: id('M. Thierry ALBERTINI'), status: 'withdrawn', holderId: null, basis: 'L1111-6', reason: null });
    expect(view.acts.find((a) => a.number === 'G1')?.changes).toHaveLength(1);
    await call('act:save', { ...later2('G1'), content: { ...g1, vote: { kind: 'majority', ballot: 'show-of-hands', for: 43, against: 2, abstentions: 0, notVoting: 0, names: null } } });
    // Unanimity names no count: the next test's change leaves G1 standing.
    await call('act:save', { ...later2('G1'), content: { ...g1, vote: { kind: 'unanimity' } } });
  });

  it('refuses to mark absent a member named in a public ballot, naming the act and the member', async () => {
    const g2 = (await call('act:get', later2('G2'))).content;
    const names = { against: [id('Mme Andrée SAMAT')], abstentions: [], notVoting: [] };
    await call('act:save', { ...later2('G2'), content: { ...g2, decisions: ["d'approuver le projet."], vote: { kind: 'majority', ballot: 'public', for: 45, against: 1, abstentions: 0, notVoting: 0, names } } });
    const before = snapshot(reg.db);
    const reply = await handle(reg.db, 'attendance:set', { ...later, memberId: id('Mme Andrée SAMAT'), status: 'absent', holderId: null }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'status' } });
    expect(!reply.ok && reply.error.message).toBe("G2 : Vote : Ont voté contre : Mme Andrée SAMAT n'est pas votant pour cet acte (ni présent ni représenté).");
    expect(snapshot(reg.db)).toEqual(before);
  });
});

async function editorContent(act: string) {
  return (await call('act:get', { ...session, act })).content;
}

describe('a member who leaves the séance before an act, for that act and every later one', () => {
  const third = { body: 'CP', date: '2024-02-05' } as const;
  const change = { memberId: 0, status: 'absent', holderId: null, basis: null, reason: null } as const;
  const changedActs = (memberId: number) =>
    reg.db
      .prepare(
        `SELECT a.number FROM act_attendance aa JOIN acts a ON a.id = aa.act_id JOIN sessions s ON s.id = a.session_id
         WHERE s.date = ? AND aa.member_id = ? ORDER BY a.number`,
      )
      .pluck()
      .all(third.date, memberId);

  beforeAll(async () => {
    await call('session:create', { ...third, time: '10:00', place: 'Toulon', presidentId: id('M. Jean-Louis MASSON') });
    for (const object of ['Premier dossier', 'Deuxième dossier', 'Troisième dossier', 'Quatrième dossier']) await call('act:create', { ...third, object });
  });

  it('marks him absent, with the procuration he gives, from G2 to the last act, G1 untouched', async () => {
    const member = id('M. Bruno AYCARD');
    const view = await call('act-attendance:set', { ...third, ...change, act: 'G2', memberId: member, holderId: id('M. Marc LAURIOL'), following: true });
    expect(view.acts.map((a) => [a.number, a.counts.present, a.counts.proxies])).toEqual([
      ['G1', 46, 0],
      ['G2', 45, 1],
      ['G3', 45, 1],
      ['G4', 45, 1],
    ]);
    expect(changedActs(member)).toEqual([2, 3, 4]);
    const rows = reg.db.prepare("SELECT status, holder_id FROM act_attendance WHERE member_id = ? AND act_id IN (SELECT id FROM acts WHERE object = 'Quatrième dossier')").all(member);
    expect(rows).toEqual([{ status: 'absent', holder_id: id('M. Marc LAURIOL') }]);
  });

  it('brings him back for G3 and the rest, G2 keeping his departure', async () => {
    const member = id('M. Bruno AYCARD');
    await call('act-attendance:set', { ...third, ...change, act: 'G3', memberId: member, status: 'session', following: true });
    expect(changedActs(member)).toEqual([2]);
  });

  it('refuses a withdrawal for the following acts, naming the box, and changes nothing', async () => {
    const before = snapshot(reg.db);
    const reply = await handle(reg.db, 'act-attendance:set', { ...third, ...change, act: 'G1', memberId: id('Mme Martine ARENAS'), status: 'withdrawn', basis: 'L1111-6', following: true }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'following' } });
    expect(!reply.ok && reply.error.message).toMatch(/^Et les actes suivants : un retrait vaut pour une affaire/);
    expect(snapshot(reg.db)).toEqual(before);
  });

  it('changes none of the acts when one of them breaks a rule, and names that act', async () => {
    // G4 adopted with its 46 voters counted: a departure from G3 on would leave G4's counts open.
    const g4 = (await call('act:get', { ...third, act: 'G4' })).content;
    await call('act:save', { ...third, act: 'G4', content: { ...g4, decisions: ["d'approuver le projet."], vote: { kind: 'majority', ballot: 'show-of-hands', for: 46, against: 0, abstentions: 0, notVoting: 0, names: null } } });
    const before = snapshot(reg.db);
    const reply = await handle(reg.db, 'act-attendance:set', { ...third, ...change, act: 'G3', memberId: id('M. Thierry ALBERTINI'), following: true }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'status' } });
    expect(!reply.ok && reply.error.message).toMatch(/^G4 : la présence de M\. Thierry ALBERTINI change les votants de l'acte/);
    expect(snapshot(reg.db)).toEqual(before);
    expect(changedActs(id('M. Thierry ALBERTINI'))).toEqual([]);
  });
});
