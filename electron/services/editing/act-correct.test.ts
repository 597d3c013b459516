import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, Input } from '../../../shared/contract/contract';
import { correctedActOf } from '../../db/repositories/acts';
import { callValue } from '../../testing/contract-call';
import { referenceRegister, snapshot } from '../../testing/temp-register';
import { handle } from '../../door/dispatch';
import { assignSubjects } from '../ctes/legality';

const now = new Date('2024-01-20T10:00:00Z');
const reg = referenceRegister();
const demo = { body: 'CP', date: '2023-10-16' } as const;
const session = { body: 'CP', date: '2024-01-15' } as const;
const call = <C extends Channel>(channel: C, input: Input<C>) => callValue(reg.db, channel, input, now);

beforeAll(async () => {
  const members = await call('members:in-office', session);
  const president = members.find((m) => m.name === 'M. Jean-Louis MASSON')?.id ?? 0;
  await call('session:create', { ...session, time: '10:00', place: 'Toulon', presidentId: president });
  assignSubjects(reg.db, 'CP', demo.date, { G12: '7.5' });
});
afterAll(() => reg.cleanup());

describe('« Corriger par un nouvel acte »', () => {
  it('creates a draft in the chosen session, prefilled from the executory act and citing it', async () => {
    const created = await call('act:correct', { ...demo, act: 'G12', into: session });
    expect(created).toEqual({ ...session, number: 'G1' });
    const [source, copy] = [await call('act:get', { ...demo, act: 'G12' }), await call('act:get', { ...session, act: 'G1' })];
    expect(copy.content).toEqual({ ...source.content, vote: { kind: 'pending' } });
    expect(copy.editable).toBe(true);
    const id = reg.db.prepare("SELECT a.id FROM acts a JOIN sessions s ON s.id = a.session_id WHERE s.date = '2024-01-15' AND a.number = 1").pluck().get() as number;
    expect(correctedActOf(reg.db, id)).toEqual({ body: 'CP', date: '2023-10-16', number: 'G12' });
    expect(reg.db.prepare('SELECT subject_code FROM acts WHERE id = ?').pluck().get(id)).toBe('7.5');
  });

  it('refuses to correct a draft, or into a session that does not exist, the register unchanged', async () => {
    const before = snapshot(reg.db);
    const draft = await handle(reg.db, 'act:correct', { ...session, act: 'G1', into: session }, now);
    expect(draft).toMatchObject({ ok: false, error: { type: 'validation', message: "G1 n'a pas quitté le secrétariat : corrigez-le directement dans l'éditeur." } });
    const unknown = await handle(reg.db, 'act:correct', { ...demo, act: 'G12', into: { body: 'CP', date: '2030-01-01' } }, now);
    expect(unknown).toMatchObject({ ok: false, error: { type: 'not_found' } });
    expect(snapshot(reg.db)).toEqual(before);
  });
});
