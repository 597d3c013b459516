import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_DEFAULTS } from '../../../shared/domain/body';
import { pdfText } from '../../../templates/testing/extract-text';
import { runCaptured } from '../../cli/capture';
import type { Db } from '../../db/open';
import { openRegister } from '../../db/open';
import { referenceSession } from '../../testing/temp-register';
import { recordLegalityDates } from '../ctes/legality';
import { renderExtracts } from '../documents/extracts';
import { correctAct } from '../editing/act-correct';
import { setActAttendance } from '../editing/attendance-edit';
import { saveBody } from '../settings/bodies';
import { importSession } from './session-import';

/**
 * `registre export` then `registre import` into a register just made by `registre init` must give
 * the same session: every fact the register holds for it, not only what the reference file carries.
 */
const NOW = new Date('2026-11-20T10:00:00Z');
/** After 22 December 2025: a L1111-6 withdrawal takes the member out of the quorum base (CGCT L3132-5). */
const DATE = '2026-10-16';
const BODY_NAME = 'Commission permanente du Conseil départemental du Var';
let dir: string;
let source: string;
let target: string;

const memberId = (db: Db, civility: string, first: string, last: string) =>
  db.prepare('SELECT id FROM members WHERE civility = ? AND first_name = ? AND last_name = ?').pluck().get(civility, first, last) as number;

/**
 * The reference session numbered in series C, with a named public ballot on C2, C3 and C4 still
 * drafts (C3 then sees a L1111-6 withdrawal and is transmitted), and C1 corrected by a new act.
 */
function buildSource(file: string): void {
  const db = openRegister(file);
  try {
    saveBody(db, { ...BODY_DEFAULTS.CP, code: 'CP', name: BODY_NAME, series: 'C' });
    // The reference session three years later, every date with it.
    const session = JSON.parse(JSON.stringify(referenceSession()).replaceAll('"2023-1', '"2026-1')) as ReturnType<typeof referenceSession>;
    (session.recueil as { year: number }).year = 2026;
    for (const act of session.acts) act.number = act.number.replace(/^G/, 'C');
    const [, c2, c3, c4] = session.acts;
    if (c2 === undefined || c3 === undefined || c4 === undefined) throw new Error('reference acts');
    c2.vote = { kind: 'majority', ballot: 'public', for: 41, against: 2, abstentions: 1, notVoting: 0, againstNames: ['M. Marc LAURIOL', 'Mme Andrée SAMAT'], abstentionNames: ['M. Joseph MULE'] };
    c2.outcome = 'Adopté à la majorité des suffrages exprimés (41 voix pour, 2 voix contre, 1 abstention). Ont voté contre : M. Marc LAURIOL, Mme Andrée SAMAT. Se sont abstenus : M. Joseph MULE.';
    for (const draft of [c3, c4]) {
      delete draft.legalityReceptionDate;
      delete draft.executoryDate;
      delete draft.onlineDate;
    }
    importSession(db, session, NOW);
    const samat = memberId(db, 'Mme', 'Andrée', 'SAMAT');
    setActAttendance(db, { body: 'CP', date: DATE, act: 'C3', memberId: samat, status: 'withdrawn', holderId: null, basis: 'L1111-6', reason: "administratrice de l'OPH du Var" });
    const lain = memberId(db, 'M.', 'Dominique', 'LAIN');
    setActAttendance(db, { body: 'CP', date: DATE, act: 'C4', memberId: lain, status: 'withdrawn', holderId: null, basis: 'interest', reason: null });
    recordLegalityDates(db, 'CP', DATE, 'C3', { transmissionDate: '2026-10-17' }, NOW);
    correctAct(db, { body: 'CP', date: DATE, act: 'C1', into: { body: 'CP', date: DATE } });
  } finally {
    db.close();
  }
}

/** The session's rows, members named instead of numbered: what the register holds of it. */
function sessionRows(file: string): Record<string, unknown> {
  const db = openRegister(file);
  try {
    const name = `(SELECT civility || ' ' || first_name || ' ' || last_name FROM members WHERE id = %)`;
    const named = (col: string) => name.replace('%', col);
    return {
      bodies: db.prepare('SELECT code, name, heading, assembly, series FROM bodies ORDER BY code').all(),
      sessions: db.prepare(`SELECT date, time, place, ${named('president_id')} AS president, certifier_formula, certifier_quality, certifier_name FROM sessions`).all(),
      recueils: db.prepare('SELECT title, year, number, publication_date, section, back_cover FROM recueils').all(),
      roster: db
        .prepare(`SELECT ${named('member_id')} AS member, quality, precedence, status, ${named('holder_id')} AS holder, proxy_position FROM session_members ORDER BY member`)
        .all(),
      acts: db
        .prepare(
          `SELECT number, object, service_code_lines, examination_sentence, ${named('presiding_id')} AS presiding, visas, considerants, decisions,
             decision_notes, outcome, annexes, internal_id, nature, transmission_date, legality_reception_date, executory_date, online_date,
             subject_code, (SELECT number FROM acts c WHERE c.id = acts.corrects_act_id) AS corrects
           FROM acts ORDER BY number`,
        )
        .all()
        // Named votes hold member ids: compared by name below, through the printed outcome.
        .map((a) => ({ ...(a as object), outcome: undefined })),
      attendance: db
        .prepare(
          `SELECT a.number, ${named('aa.member_id')} AS member, aa.status, ${named('aa.holder_id')} AS holder, aa.basis, aa.reason
           FROM act_attendance aa JOIN acts a ON a.id = aa.act_id ORDER BY a.number, member`,
        )
        .all(),
    };
  } finally {
    db.close();
  }
}

async function extractTexts(file: string): Promise<string[]> {
  const db = openRegister(file);
  try {
    const extracts = await renderExtracts(db, { body: 'CP', date: DATE, format: 'pdf', now: NOW });
    return Promise.all(extracts.map(async (e) => `${e.number}\n${await pdfText(e.bytes, { raw: true })}`));
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'registre-round-trip-'));
  source = join(dir, 'source.sqlite');
  target = join(dir, 'target.sqlite');
  buildSource(source);
  const json = join(dir, 'seance.json');
  const exported = await runCaptured(['export', '--session', DATE, '--body', 'CP', '--out', json, '--db', source]);
  expect(exported.err).toBe('');
  expect((await runCaptured(['init', '--db', target])).code).toBe(0);
  // As in the try-report: the secretary set up the body in Paramètres (default letter G), no session yet.
  const fresh = openRegister(target);
  saveBody(fresh, { ...BODY_DEFAULTS.CP, code: 'CP', name: BODY_NAME, series: 'G' });
  fresh.close();
  const imported = await runCaptured(['import', json, '--db', target]);
  expect(imported.err).toBe('');
  expect(imported.out).toContain("L'organe, qui n'avait encore aucune séance, numérote désormais ses actes en série C, celle du fichier.");
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('registre export then registre import into a new register', () => {
  it('keeps every row of the session: series letter, withdrawals and their motive, transmission date, correction', () => {
    const before = sessionRows(source);
    const after = sessionRows(target);
    expect(after.bodies).toEqual(before.bodies);
    expect(after.attendance).toEqual(before.attendance);
    expect(after.acts).toEqual(before.acts);
    expect(after).toEqual(before);
  });

  it('prints the same extracts, quorum and named votes included', async () => {
    const before = await extractTexts(source);
    const after = await extractTexts(target);
    expect(after).toEqual(before);
    const flat = (t: string | undefined) => (t ?? '').replace(/\s+/g, ' ');
    expect(flat(before.find((t) => t.startsWith('C2')))).toContain('Ont voté contre : M. Marc LAURIOL, Mme Andrée SAMAT.');
    // SAMAT withdrew from C3: out of the vote, and the procuration she held lapses.
    expect(flat(before.find((t) => t.startsWith('C3')))).toContain('Absents : M. Stéphane ARNAUD, M. Guillaume DECARD, Mme Manon FORTIAS, Mme Andrée SAMAT.');
  }, 120_000);

  it('shows who withdrew from C3 and why, the quorum counting without her (registre show --act C3)', async () => {
    for (const db of [source, target]) {
      const shown = await runCaptured(['show', '--session', DATE, '--body', 'CP', '--act', 'C3', '--db', db]);
      expect(shown.out).toContain('quorum atteint (38 + 4 ≥ 23, CGCT L3121-14-1, L3132-5)');
      expect(shown.out.split('\n')).toContain(
        "  Ne prend pas part : Mme Andrée SAMAT — intérêt à l'affaire (CGCT L1111-6) : administratrice de l'OPH du Var ; hors de la base du quorum (CGCT L3132-5).",
      );
      const c4 = await runCaptured(['show', '--session', DATE, '--body', 'CP', '--act', 'C4', '--db', db]);
      expect(c4.out.split('\n')).toContain('  Ne prend pas part : M. Dominique LAIN — autre motif de retrait.');
    }
  });

  it('carries the withdrawal, its motive and précision in the file', () => {
    const file = JSON.parse(readFileSync(join(dir, 'seance.json'), 'utf8')) as { series?: string; acts: Record<string, unknown>[] };
    expect(file.series).toBe('C');
    const c3 = file.acts.find((a) => a.number === 'C3');
    expect(c3?.withdrawals).toEqual([{ name: 'Mme Andrée SAMAT', basis: 'L1111-6', reason: "administratrice de l'OPH du Var" }]);
    expect(c3?.transmissionDate).toBe('2026-10-17');
  });
});
