import { afterAll, describe, expect, it } from 'vitest';
import { callValue } from '../../testing/contract-call';
import { referenceRegister } from '../../testing/temp-register';
import { handle } from '../dispatch';
import { onPostgres } from '../../testing/engine';

const now = new Date('2023-10-20T10:00:00Z');
const reg = referenceRegister();
afterAll(() => reg.cleanup());

describe('acts:search', () => {
  it('finds the acts of the register by words of their objet, accents ignored, with their session', async () => {
    const hits = await callValue(reg.db, 'acts:search', { query: 'garantie emprunt' }, now);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.body === 'CP' && h.date === '2023-10-16' && /garantie/i.test(h.object))).toBe(true);
    expect(hits.map((h) => h.number)).toContain('G25');
  });

  it('finds an act by number and date together, and nothing for another date', async () => {
    expect((await callValue(reg.db, 'acts:search', { query: 'G25 16/10/2023' }, now)).map((h) => h.number)).toEqual(['G25']);
    expect(await callValue(reg.db, 'acts:search', { query: 'G25 17/10/2023' }, now)).toEqual([]);
  });

  it('refuses an empty search in French, naming the field', async () => {
    expect(await handle(reg.db, 'acts:search', { query: '  ' }, now)).toMatchObject({ ok: false, error: { type: 'validation', field: 'query' } });
  });
});

describe('register:info', () => {
  it('names the register file this window works on (a shared one by its address), and says whether others share it', async () => {
    const { file, shared } = await callValue(reg.db, 'register:info', {}, now);
    expect(shared).toBe(onPostgres);
    if (onPostgres) expect(file).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/test_/);
    else expect(file).toBe(reg.file);
  });
});
