import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActContentView, ActEditorView, Channel, Input } from '../../../shared/contract/contract';
import { longInstant } from '../../../shared/rules/french-dates';
import { handle } from '../../door/dispatch';
import { connectPostgresSync } from '../../db/postgres/connect';
import { SharedRegister, WRITER_LOCK } from '../../db/postgres/shared-register';
import { setJournalContextAuthor } from '../../db/repositories/journal';
import { callValue } from '../../testing/contract-call';
import { onPostgres } from '../../testing/engine';
import { referenceRegister } from '../../testing/temp-register';
import { saveAct } from './act-edit';

/*
 * Two secretaries on one act: the second save made over the first's change is refused, naming who
 * changed the act and when, and the register keeps the first's text. On both engines.
 */

const now = new Date('2024-01-15T10:00:00Z');
const reg = referenceRegister();
const session = { body: 'CP', date: '2024-01-15' } as const;

const call = <C extends Channel>(channel: C, input: Input<C>) => callValue(reg.db, channel, input, now);
const editing = (editor: ActEditorView, change: Partial<ActContentView>): ActContentView => ({ ...editor.content, ...change });
/** The newest journal entry of the register: who and when a save was recorded. */
const newestEntry = () => reg.db.prepare('SELECT id, author, at, act, subject, after FROM journal ORDER BY id DESC LIMIT 1').get() as Record<string, unknown>;
const journalSize = () => reg.db.prepare('SELECT count(*) FROM journal').pluck().get() as number;

beforeAll(async () => {
  const members = await call('members:in-office', session);
  const president = members.find((m) => m.name === 'M. Jean-Louis MASSON');
  if (president === undefined) throw new Error('président absent du registre de référence');
  await call('session:create', { ...session, time: '10:00', place: 'Toulon', presidentId: president.id });
});
afterAll(() => {
  setJournalContextAuthor(reg.db, 'inconnu');
  reg.cleanup();
});

describe('one act edited by two secretaries', () => {
  it('refuses the second save made on the same version, naming who changed the act and when; the register keeps the first', async () => {
    const { number } = await call('act:create', { ...session, object: 'Subvention au club de voile' });
    const amelie = await call('act:get', { ...session, act: number });
    const bruno = await call('act:get', { ...session, act: number });
    expect(bruno.version).toBe(amelie.version);

    setJournalContextAuthor(reg.db, 'amelie');
    const saved = await call('act:save', { ...session, act: number, version: amelie.version, content: editing(amelie, { visas: ['Vu le code général des collectivités territoriales'] }) });
    expect(saved.version).toBeGreaterThan(amelie.version);
    const change = newestEntry();
    expect(change).toMatchObject({ id: saved.version, author: 'amelie', act: number, subject: 'acte', after: 'texte modifié : visas' });

    setJournalContextAuthor(reg.db, 'bruno');
    const before = journalSize();
    const refused = await handle(reg.db, 'act:save', { ...session, act: number, version: bruno.version, content: editing(bruno, { object: 'Subvention au club de voile de Toulon' }) }, now);
    expect(refused).toMatchObject({ ok: false, error: { type: 'conflict', field: 'version' } });
    const message = refused.ok ? '' : refused.error.message;
    expect(message).toBe(
      `L'acte ${number} a été modifié par amelie le ${longInstant(change.at as string)} pendant que vous le rédigiez : votre texte n'a pas été enregistré. Copiez-le, rechargez l'acte, puis reportez vos changements.`,
    );
    expect(message).toMatch(/le \d{1,2}(er)? [a-zéû]+ \d{4} à \d{1,2} h \d{2} /);
    // Nothing of the refused save is written: amelie's text stands, the journal did not grow.
    const after = await call('act:get', { ...session, act: number });
    expect(after.content).toEqual(saved.content);
    expect(after.content.object).toBe('Subvention au club de voile');
    expect(after.version).toBe(saved.version);
    expect(journalSize()).toBe(before);

    // Reloaded, bruno saves over amelie's text; amelie's editor, one version behind, is refused in turn.
    const reloaded = await call('act:save', { ...session, act: number, version: after.version, content: editing(after, { object: 'Subvention au club de voile de Toulon' }) });
    expect(reloaded.content.visas).toEqual(['Vu le code général des collectivités territoriales']);
    const late = await handle(reg.db, 'act:save', { ...session, act: number, version: saved.version, content: editing(saved, { considerants: ['Considérant la régate'] }) }, now);
    expect(!late.ok && late.error.message).toContain(`L'acte ${number} a été modifié par bruno le `);
  });

  it('lets one editor save again and again with the version each save gives back, and a vote changed by another counts as a change', async () => {
    const { number } = await call('act:create', { ...session, object: 'Acquisition foncière' });
    setJournalContextAuthor(reg.db, 'amelie');
    let editor = await call('act:get', { ...session, act: number });
    const other = editor;
    for (const visa of ['Vu le code', 'Vu le code rural', 'Vu le code rural et de la pêche maritime']) {
      editor = await call('act:save', { ...session, act: number, version: editor.version, content: editing(editor, { visas: [visa] }) });
    }
    // A save that changes nothing writes nothing: the version stays.
    const same = await call('act:save', { ...session, act: number, version: editor.version, content: editor.content });
    expect(same.version).toBe(editor.version);
    // The vote is journaled by the register's trigger (any client): it makes a new version too.
    setJournalContextAuthor(reg.db, 'bruno');
    const fresh = await call('act:get', { ...session, act: number });
    const voted = await call('act:save', { ...session, act: number, version: fresh.version, content: { ...fresh.content, decisions: ['Article 1 : acquérir la parcelle.'], vote: { kind: 'unanimity' } } });
    expect(voted.version).toBeGreaterThan(fresh.version);
    setJournalContextAuthor(reg.db, 'amelie');
    const stale = await handle(reg.db, 'act:save', { ...session, act: number, version: editor.version, content: editing(editor, { decisions: ['Article 1 : acquérir'] }) }, now);
    expect(!stale.ok && stale.error.message).toContain('modifié par bruno le ');
    expect(other.version).toBeLessThan(voted.version);
  });

  it("does not count what the editor's own screen changes beside the text: the act's nature", async () => {
    const { number } = await call('act:create', { ...session, object: 'Convention de partenariat' });
    const editor = await call('act:get', { ...session, act: number });
    await call('act:set-reference', { ...session, act: number, nature: 'AU', subject: null });
    const saved = await call('act:save', { ...session, act: number, version: editor.version, content: editing(editor, { visas: ['Vu la convention'] }) });
    expect(saved.content.visas).toEqual(['Vu la convention']);
  });

  it('lets two secretaries editing two acts of one session both save', async () => {
    const first = await call('act:create', { ...session, object: 'Aide aux communes' });
    const second = await call('act:create', { ...session, object: 'Aide aux collèges' });
    const amelie = await call('act:get', { ...session, act: first.number });
    const bruno = await call('act:get', { ...session, act: second.number });
    setJournalContextAuthor(reg.db, 'bruno');
    await call('act:save', { ...session, act: second.number, version: bruno.version, content: editing(bruno, { visas: ['Vu par bruno'] }) });
    setJournalContextAuthor(reg.db, 'amelie');
    const saved = await call('act:save', { ...session, act: first.number, version: amelie.version, content: editing(amelie, { visas: ['Vu par amelie'] }) });
    expect(saved.content.visas).toEqual(['Vu par amelie']);
  });

  it("shows on the act's panel a secretary's successive saves as one line; the journal keeps each", async () => {
    const { number } = await call('act:create', { ...session, object: 'Aide aux communes' });
    setJournalContextAuthor(reg.db, 'amelie');
    let editor = await call('act:get', { ...session, act: number });
    for (const change of [{ visas: ['Vu le code'] }, { visas: ['Vu le code général'] }, { decisions: ['Article 1 : une aide est accordée.'] }]) {
      const saved = await call('act:save', { ...session, act: number, version: editor.version, content: editing(editor, change) });
      editor = { ...editor, ...saved };
    }
    const kept = reg.db.prepare("SELECT count(*) FROM journal WHERE act = ? AND after LIKE 'texte modifié%'").pluck().get(number);
    expect(kept).toBe(3);
    const panel = await call('journal:act', { ...session, act: number });
    expect(panel.map((e) => `${e.author} ${e.after}`)).toContain('amelie texte modifié (3 enregistrements) : visas, décisions');
    expect(panel.filter((e) => e.after?.startsWith('texte modifié'))).toHaveLength(1);
  });

  it('still saves without a version (the CLI, older callers), whatever changed meanwhile', async () => {
    const { number } = await call('act:create', { ...session, object: 'Rapport annuel' });
    const editor = await call('act:get', { ...session, act: number });
    await call('act:save', { ...session, act: number, version: editor.version, content: editing(editor, { visas: ['Vu le rapport'] }) });
    const saved = await call('act:save', { ...session, act: number, content: editing(editor, { object: 'Rapport annuel 2023' }) });
    expect(saved.content).toMatchObject({ object: 'Rapport annuel 2023', visas: [] });
  });

  // A SQLite register has one writer (the app holds its lock); a shared one has as many as secretaries.
  it.runIf(onPostgres)('makes two saves racing on the same version take turns, on a shared register: the second is refused, naming the first', async () => {
    const { number } = await call('act:create', { ...session, object: 'Travaux de voirie' });
    const loaded = await call('act:get', { ...session, act: number });
    const second = new SharedRegister(reg.db.name, connectPostgresSync(reg.db.name), reg.dir);
    try {
      setJournalContextAuthor(second, 'bruno');
      setJournalContextAuthor(reg.db, 'amelie');
      // Booleans come back as SQLite gives them, 1 or 0.
      const turnFree = () => second.prepare(`SELECT pg_try_advisory_lock(${WRITER_LOCK})`).pluck().get() === 1;
      const amelieSaves = reg.db.transaction(() => {
        // While Amélie's save runs, Bruno's app cannot begin its own: it would wait for her turn to end.
        expect(turnFree()).toBe(false);
        return saveAct(reg.db, { ...session, act: number, version: loaded.version, content: editing(loaded, { visas: ['Vu par amelie'] }) }, '2024-01-15');
      });
      amelieSaves();
      expect(turnFree()).toBe(true);
      second.prepare(`SELECT pg_advisory_unlock(${WRITER_LOCK})`).get();
      expect(() => saveAct(second, { ...session, act: number, version: loaded.version, content: editing(loaded, { visas: ['Vu par bruno'] }) }, '2024-01-15')).toThrow(
        `L'acte ${number} a été modifié par amelie le `,
      );
      expect((await call('act:get', { ...session, act: number })).content.visas).toEqual(['Vu par amelie']);
    } finally {
      second.close();
    }
  });

  // Clients other than Registre (psql, a script) do not take turns: SERIALIZABLE still guards against them.
  it.runIf(onPostgres)('runs a save again when another client changed the act after the save read it, on a shared register', async () => {
    const { number } = await call('act:create', { ...session, object: 'Travaux de voirie' });
    const loaded = await call('act:get', { ...session, act: number });
    const actId = reg.db.prepare('SELECT max(id) FROM acts').pluck().get() as number;
    const script = new SharedRegister(reg.db.name, connectPostgresSync(reg.db.name), reg.dir);
    try {
      let attempts = 0;
      const save = reg.db.transaction(() => {
        attempts++;
        // The save's snapshot is taken here, before the script's change commits…
        reg.db.prepare('SELECT object FROM acts WHERE id = ?').pluck().get(actId);
        if (attempts === 1) script.prepare('UPDATE acts SET object = ? WHERE id = ?').run('Travaux de voirie (script)', actId);
        // …so its write would overwrite what it never saw: PostgreSQL gives it up, and run again, it sees it.
        return saveAct(reg.db, { ...session, act: number, version: loaded.version, content: editing(loaded, { visas: ['Vu par amelie'] }) }, '2024-01-15');
      });
      expect(save().content.visas).toEqual(['Vu par amelie']);
      expect(attempts).toBe(2);
    } finally {
      script.close();
    }
  });
});
