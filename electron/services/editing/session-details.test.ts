import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, Input } from '../../../shared/contract/contract';
import { callValue, refusalOf } from '../../testing/contract-call';
import { referenceRegister, snapshot } from '../../testing/temp-register';
import { onPostgres } from '../../testing/engine';

const now = new Date('2024-01-20T10:00:00Z');
const reg = referenceRegister();
const session = { body: 'CP', date: '2024-01-15' } as const;
const call = <C extends Channel>(channel: C, input: Input<C>) => callValue(reg.db, channel, input, now);
const refusal = (channel: string, input: object) => refusalOf(reg.db, channel, input, now);
const journal = (from: number) =>
  reg.db.prepare('SELECT subject, session_date, before, after FROM journal WHERE id > ? ORDER BY id').all(from) as { subject: string; session_date: string; before: string; after: string }[];
const mark = () => reg.db.prepare('SELECT max(id) FROM journal').pluck().get() as number;
let president = 0;

beforeAll(async () => {
  const members = await call('members:in-office', session);
  president = members.find((m) => m.name === 'M. Jean-Louis MASSON')?.id ?? 0;
  await call('session:create', { ...session, time: '10:00', place: 'Toulon', presidentId: president });
});
afterAll(() => reg.cleanup());

const certifier = { formula: 'Pour le Président,', quality: 'Le Directeur général des services', name: 'Mme Claire MARTIN' };

describe('session details', () => {
  it('changes date, time, place and certification, journaled, while no act has left the secretariat', async () => {
    const from = mark();
    const view = await call('session:update', { ...session, newDate: '2024-01-16', time: '14:30', place: 'Draguignan', presidentId: president, certifier });
    expect(view).toMatchObject({ date: '2024-01-16', time: '14:30', place: 'Draguignan', certifier, editable: true, acts: 0 });
    // One UPDATE fires both journal triggers; SQLite's order among triggers follows their creation,
    // which an import that sets journal_row_ triggers aside and puts them back changes.
    expect(journal(from).map((e) => [e.subject, e.after]).sort()).toEqual([
      ['séance', '16/01/2024 à 14:30, Draguignan'],
      ['séance', `certification : ${certifier.formula} ${certifier.quality} ${certifier.name}`],
    ]);
  });

  it('refuses a président out of the roster and an executory session’s change, the register unchanged', async () => {
    const moved = { body: 'CP', date: '2024-01-16' } as const;
    const before = snapshot(reg.db);
    const e = await refusal('session:update', { ...moved, newDate: '2024-01-16', time: '14:30', place: 'Draguignan', presidentId: 999_999, certifier });
    expect(e).toMatchObject({ type: 'validation', field: 'presidentId' });
    const taken = await refusal('session:update', { ...moved, newDate: '2023-10-16', time: '14:30', place: 'Draguignan', presidentId: president, certifier });
    expect(taken.message).toContain('existe déjà');
    const demo = { body: 'CP', date: '2023-10-16' } as const;
    const locked = await refusal('session:update', { ...demo, newDate: '2023-10-16', time: '11:00', place: 'Toulon', presidentId: president, certifier });
    expect(locked.type).toBe('locked');
    expect(locked.message).toContain('Séance verrouillée : G1, G2, G3 et 13 autres ont quitté le secrétariat');
    // The seal holds in SQL too, whatever the caller.
    expect(() => reg.db.prepare("UPDATE sessions SET place = 'Ailleurs' WHERE date = '2023-10-16'").run()).toThrow(/Séance verrouillée/);
    expect(snapshot(reg.db)).toEqual(before);
  });

  it('names the acts that seal the recueil once recorded: executory or signed, none in a new session', async () => {
    const demo = (await call('session:details', { body: 'CP', date: '2023-10-16' })).recueilSealedBy;
    expect([demo.length, ...demo.slice(0, 2)]).toEqual([16, 'G1', 'G2']);
    expect((await call('session:details', { body: 'CP', date: '2024-01-16' })).recueilSealedBy).toEqual([]);
  });

  it('gives a session its recueil, refusing a number already given that year', async () => {
    const moved = { body: 'CP', date: '2024-01-16' } as const;
    const view = await call('session:recueil', { ...moved, number: 3, year: 2024, publicationDate: '2024-01-25' });
    expect(view.recueil).toEqual({ title: 'ACTES ADMINISTRATIFS DU DÉPARTEMENT DU VAR', year: 2024, number: 3, publicationDate: '2024-01-25' });
    const before = snapshot(reg.db);
    const taken = await refusal('session:recueil', { ...moved, number: 59, year: 2023, publicationDate: '2024-01-25' });
    expect(taken.message).toContain('le recueil n° 59 de 2023 existe déjà');
    const early = await refusal('session:recueil', { ...moved, number: 4, year: 2024, publicationDate: '2024-01-10' });
    expect(early).toMatchObject({ field: 'publicationDate' });
    expect(early.message).toMatch(/^Date de publication du recueil \(10\/01\/2024\) antérieure à la séance \(16\/01\/2024\)/);
    expect(snapshot(reg.db)).toEqual(before);
    const plan = await call('generation:plan', moved);
    expect(plan.documents.some((d) => d.id === 'recueil')).toBe(true);
  });

  it('names the recueil form\'s fields as labelled, dates as JJ/MM/AAAA, each refusal on its field (D13)', async () => {
    const moved = { body: 'CP', date: '2024-01-16' } as const;
    const empty = await refusal('session:recueil', { ...moved, number: 0, year: 2024, publicationDate: '' });
    expect(empty).toMatchObject({
      message: 'Numéro du recueil : un entier positif ; Date de publication du recueil : date complète attendue (JJ/MM/AAAA).',
      field: 'number',
      issues: [
        { field: 'number', message: 'Numéro du recueil : un entier positif' },
        { field: 'publicationDate', message: 'Date de publication du recueil : date complète attendue (JJ/MM/AAAA)' },
      ],
    });
    const old = await refusal('session:recueil', { ...moved, number: 4, year: 1850, publicationDate: '2024-01-25' });
    expect(old).toMatchObject({ message: 'Année du recueil : entre 1900 et 2999.', field: 'year' });
  });

  it('deletes a session without act, in one journal entry, and refuses one with acts', async () => {
    const demo = await refusal('session:delete', { body: 'CP', date: '2023-10-16' });
    expect(demo.message).toContain('a 16 actes : seule une séance sans acte peut être supprimée');
    const from = mark();
    await call('session:delete', { body: 'CP', date: '2024-01-16' });
    const entries = journal(from);
    expect(entries.at(-1)).toEqual({ subject: 'séance', session_date: '2024-01-16', before: '16/01/2024 à 14:30, Draguignan', after: 'séance supprimée' });
    expect(reg.db.prepare("SELECT count(*) FROM sessions WHERE date = '2024-01-16'").pluck().get()).toBe(0);
    if (onPostgres) {
      // The server journals every row it deletes, whoever asks: each member leaving the session too.
      expect(new Set(entries.slice(0, -1).map((e) => e.after))).toEqual(new Set(['retiré de la séance']));
    } else {
      // The file sets its row triggers aside for the deletion, and puts them back.
      expect(entries).toHaveLength(1);
      expect(reg.db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'journal_row_%'").pluck().get()).toBeGreaterThan(10);
    }
  });
});
