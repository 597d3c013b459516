import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { referenceRegister, referenceSession } from '../../testing/temp-register';
import { importSession } from '../../services/sessions/session-import';
import { migrate } from '../migrate';
import { MIGRATIONS } from '.';
import { registerAt, rowsOf } from './testing/register-at';

let cleanup = () => {};
afterEach(() => cleanup());

type Row = { subject: string; act: string | null; before: string | null; after: string | null; author: string; session_date: string | null };

function seeded() {
  const r = referenceRegister();
  cleanup = r.cleanup;
  const db = r.db;
  // The reference acts are executory (locked by 0003): a draft act of the same session to change.
  db.exec(`INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 99, 'ACTE EN PRÉPARATION', '{"kind":"unanimity"}')`);
  const draft = db.prepare('SELECT id FROM acts WHERE number = 99').pluck().get() as number;
  const last = db.prepare('SELECT max(id) FROM journal').pluck();
  const mark = () => last.get() as number;
  const rowTriggers = () => db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'journal_row_%'").pluck().get();
  const since = (from: number) =>
    db.prepare('SELECT subject, act, before, after, author, session_date FROM journal WHERE id > ? ORDER BY id').all(from) as Row[];
  const member = (last: string) => db.prepare('SELECT id FROM members WHERE last_name = ?').pluck().get(last) as number;
  return { db, draft, mark, since, member, rowTriggers };
}

describe('migration 0007 journal', () => {
  it('is registered as step 7 « journal », with strict tables', () => {
    expect(MIGRATIONS.find((m) => m.version === 7)?.name).toBe('journal');
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS);
    expect(db.prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('journal', 'journal_context') ORDER BY name").all()).toEqual([
      { name: 'journal', strict: 1 },
      { name: 'journal_context', strict: 1 },
    ]);
    expect(db.prepare('SELECT author FROM journal_context').get()).toEqual({ author: 'inconnu' });
    db.close();
  });

  it('records an import as ONE summary entry, not one per member and per act, its row triggers put back', () => {
    const { db, rowTriggers } = seeded();
    expect(db.prepare("SELECT subject, act, before, after, author, session_date FROM journal WHERE subject <> 'acte'").all()).toEqual([
      { subject: 'import', act: null, before: null, after: 'séance importée : 16 actes, 46 membres', author: 'inconnu', session_date: '2023-10-16' },
    ]);
    expect(rowTriggers()).toBe(17);
  });

  it('leaves no entry and the triggers in place when an import is refused', () => {
    const { db, mark, since, rowTriggers } = seeded();
    const before = mark();
    expect(() => importSession(db, referenceSession())).toThrow();
    expect(since(before)).toEqual([]);
    expect(rowTriggers()).toBe(17);
  });

  it("records an act's attendance change: added, changed, removed, with the session default as the other side", () => {
    const { db, draft, mark, since, member } = seeded();
    const from = mark();
    const aycard = member('AYCARD');
    db.prepare("INSERT INTO act_attendance (act_id, member_id, status, position) VALUES (?, ?, 'absent', 0)").run(draft, aycard);
    db.prepare("UPDATE act_attendance SET status = 'withdrawn', basis = 'L1111-6', reason = 'administrateur' WHERE act_id = ?").run(draft);
    db.prepare('UPDATE act_attendance SET status = ?, basis = NULL, reason = NULL, holder_id = ? WHERE act_id = ?').run('absent', member('MASSON'), draft);
    db.prepare('DELETE FROM act_attendance WHERE act_id = ?').run(draft);
    expect(since(from).map(({ subject, act, before, after }) => ({ subject, act, before, after }))).toEqual([
      { subject: 'présence', act: 'G99', before: 'M. Bruno AYCARD : selon la séance (présent)', after: 'M. Bruno AYCARD : absent' },
      { subject: 'présence', act: 'G99', before: 'M. Bruno AYCARD : absent', after: 'M. Bruno AYCARD : retiré (déport, L1111-6) — administrateur' },
      {
        subject: 'procuration',
        act: 'G99',
        before: 'M. Bruno AYCARD : retiré (déport, L1111-6) — administrateur',
        after: 'M. Bruno AYCARD : absent, procuration à M. Jean-Louis MASSON',
      },
      { subject: 'présence', act: 'G99', before: 'M. Bruno AYCARD : absent, procuration à M. Jean-Louis MASSON', after: 'M. Bruno AYCARD : selon la séance (présent)' },
    ]);
  });

  it('records a session created outside an import as one entry, its roster included', () => {
    const { db, mark, since, member } = seeded();
    const from = mark();
    db.exec("INSERT INTO sessions (body_id, date, time, place, president_id, certifier_formula, certifier_quality, certifier_name) VALUES (1, '2023-11-20', '09:30', 'Toulon', 1, 'f', 'q', 'n')");
    db.prepare("INSERT INTO session_members (session_id, member_id, status) SELECT 2, id, 'present' FROM members").run();
    expect(since(from).map((r) => [r.subject, r.session_date, r.after])).toEqual([['séance', '2023-11-20', 'séance créée']]);
    db.prepare("UPDATE session_members SET status = 'absent' WHERE session_id = 2 AND member_id = ?").run(member('AYCARD'));
    db.prepare('DELETE FROM session_members WHERE session_id = 2 AND member_id = ?').run(member('AYCARD'));
    db.prepare("INSERT INTO session_members (session_id, member_id, status) VALUES (2, ?, 'excused')").run(member('AYCARD'));
    expect(since(from).slice(1).map((r) => [r.subject, r.before, r.after])).toEqual([
      ['présence', 'M. Bruno AYCARD : présent', 'M. Bruno AYCARD : absent'],
      ['présence', 'M. Bruno AYCARD : absent', 'retiré de la séance'],
      ['présence', null, 'M. Bruno AYCARD : excusé'],
    ]);
  });

  it("records a change of a session's default attendance and procuration", () => {
    const { db, mark, since, member } = seeded();
    // The reference session is executory (sealed by 0008): set its roster seal aside to test 0007 alone.
    db.exec('DROP TRIGGER session_members_sealed_update;');
    const from = mark();
    db.prepare("UPDATE session_members SET status = 'excused' WHERE member_id = ?").run(member('AYCARD'));
    db.prepare('UPDATE session_members SET holder_id = NULL, proxy_position = NULL WHERE holder_id IS NOT NULL AND member_id = ?').run(2);
    const rows = since(from);
    expect(rows[0]).toMatchObject({ subject: 'présence', act: null, before: 'M. Bruno AYCARD : présent', after: 'M. Bruno AYCARD : excusé' });
    expect(rows[1]?.subject).toBe('procuration');
    expect(rows[1]?.before).toMatch(/ : absent, procuration à /);
    expect(rows[1]?.after).toMatch(/ : absent$/);
  });

  it("records an act's number, vote, legality dates, reference and presiding member, before and after", () => {
    const { db, draft, mark, since, member } = seeded();
    const from = mark();
    db.prepare('UPDATE acts SET number = 100 WHERE id = ?').run(draft);
    db.prepare(`UPDATE acts SET outcome = '{"kind":"votes","for":40}' WHERE id = ?`).run(draft);
    db.prepare("UPDATE acts SET transmission_date = '2023-10-17', online_date = '2023-10-18' WHERE id = ?").run(draft);
    db.prepare("UPDATE acts SET legality_reception_date = '2023-10-19' WHERE id = ?").run(draft);
    db.prepare("UPDATE acts SET internal_id = 'CP231016_G100' WHERE id = ?").run(draft);
    db.prepare('UPDATE acts SET presiding_id = ? WHERE id = ?').run(member('ARENAS'), draft);
    // Unchanged values written again: no entry.
    db.prepare('UPDATE acts SET number = 100, outcome = outcome, online_date = online_date WHERE id = ?').run(draft);
    expect(since(from).map(({ subject, act, before, after }) => ({ subject, act, before, after }))).toEqual([
      { subject: 'numéro', act: 'G100', before: 'G99', after: 'G100' },
      { subject: 'vote', act: 'G100', before: '{"kind":"unanimity"}', after: '{"kind":"votes","for":40}' },
      { subject: 'dates', act: 'G100', before: 'transmission : — ; mise en ligne : —', after: 'transmission : 17/10/2023 ; mise en ligne : 18/10/2023' },
      { subject: 'dates', act: 'G100', before: 'réception en préfecture : —', after: 'réception en préfecture : 19/10/2023' },
      { subject: 'référence', act: 'G100', before: 'numéro interne : — ; nature : DE', after: 'numéro interne : CP231016_G100 ; nature : DE' },
      { subject: 'présidence', act: 'G100', before: 'selon la séance (président ou ordre de préséance)', after: 'Mme Martine ARENAS' },
    ]);
  });

  it('records a signature and who made each change (journal_context.author)', () => {
    const { db, draft, mark, since } = seeded();
    db.prepare("UPDATE journal_context SET author = 'secretariat'").run();
    const from = mark();
    db.prepare(
      `INSERT INTO signatures (act_id, signed_at, sha256, signer_member_id, signer_label, certificate_subject, certificate_issuer,
         serial_number, not_before, not_after, delegation, pdf)
       VALUES (?, '2025-03-14T08:15:00.000Z', ?, 1, 'Jean-Louis MASSON, Président', 'CN=Jean-Louis MASSON', 'CN=AC', '1000',
         '2025-01-01T00:00:00.000Z', '2035-01-01T00:00:00.000Z', NULL, ?)`,
    ).run(draft, 'a'.repeat(64), Buffer.from('%PDF-1.7'));
    expect(since(from)).toEqual([
      {
        subject: 'signature',
        act: 'G99',
        before: null,
        after: `signé par Jean-Louis MASSON, Président le 2025-03-14T08:15:00.000Z ; SHA-256 ${'a'.repeat(64)}`,
        author: 'secretariat',
        session_date: '2023-10-16',
      },
    ]);
  });

  it('refuses to change or delete an entry, in French', () => {
    const { db } = seeded();
    expect(() => db.prepare("UPDATE journal SET after = 'autre'").run()).toThrow(/une entrée du journal ne peut être ni modifiée ni supprimée/);
    expect(() => db.prepare('DELETE FROM journal').run()).toThrow(/une entrée du journal ne peut être ni modifiée ni supprimée/);
    expect(() => db.prepare('DELETE FROM journal_context').run()).toThrow(/le contexte du journal ne peut pas être supprimé/);
    expect(db.prepare('SELECT count(*) FROM journal').pluck().get()).toBeGreaterThan(0);
  });

  it('writes nothing for a change refused by the lock of executory acts', () => {
    const { db, mark, since } = seeded();
    const from = mark();
    expect(() => db.prepare('UPDATE acts SET number = 200 WHERE number = 25').run()).toThrow(/Acte exécutoire verrouillé/);
    expect(since(from)).toEqual([]);
  });
});

describe('migration 0007 from a register at step 6', () => {
  it('keeps every row, writes no entry for the past, and journals the next change of the draft act', () => {
    const db = registerAt(6);
    try {
      db.prepare("INSERT INTO settings VALUES ('ctes.next_sequence', '12')").run();
      const before = rowsOf(db);
      expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 7))).toEqual([7]);
      expect(rowsOf(db)).toEqual({ ...before, journal: [], journal_context: [{ id: 1, author: 'inconnu' }] });
      db.prepare('UPDATE acts SET number = 27 WHERE id = 2').run();
      expect(db.prepare('SELECT subject, before, after, author, session_date FROM journal').all()).toEqual([
        { subject: 'numéro', before: 'G26', after: 'G27', author: 'inconnu', session_date: '2023-10-16' },
      ]);
    } finally {
      db.close();
    }
  });
});
