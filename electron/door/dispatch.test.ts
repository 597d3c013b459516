import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/contract/contract';
import { PRELOAD_FUNCTIONS } from '../../shared/contract/preload-api';
import { pdfText } from '../../templates/testing/extract-text';
import { tempRegister } from '../testing/temp-register';
import { handle } from './dispatch';
import { loadDemo } from '../services/register/register-file';
import { callValue } from '../testing/contract-call';

const now = new Date('2023-10-20T10:00:00Z');
const reg = tempRegister();
beforeAll(() => loadDemo(reg.db));
afterAll(() => reg.cleanup());


describe('dispatch', () => {
  it("names every channel 'domain:action' with its own preload function", async () => {
    expect(CHANNELS.filter((c) => !/^[a-z-]+:[a-z-]+$/.test(c))).toEqual([]);
    const names = Object.values(PRELOAD_FUNCTIONS);
    expect(new Set(names).size).toBe(CHANNELS.length);
    expect(await handle(reg.db, 'register:drop', {}, now)).toMatchObject({ ok: false, error: { type: 'not_found' } });
  });

  it('verifies a PDF: an unsigned extract says so, a payload that is not base64 is refused in French', async () => {
    const { base64 } = await callValue(reg.db, 'extract:render', { body: 'CP', date: '2023-10-16', act: 'G1', format: 'pdf' }, now);
    expect(await handle(reg.db, 'pdf:verify', { base64 }, now)).toEqual({ ok: true, value: { signed: false, signatures: [] } });
    const bad = await handle(reg.db, 'pdf:verify', { base64: 'pas du base64 !' }, now);
    expect(bad).toMatchObject({ ok: false, error: { type: 'validation', field: 'base64' } });
  });

  it('lists the sessions of the register', async () => {
    const list = await callValue(reg.db, 'sessions:list', {}, now);
    expect(list).toContainEqual(expect.objectContaining({ body: 'CP', date: '2023-10-16', acts: 16 }));
  });

  it('gives the acts of a session with their quorum and presiding member', async () => {
    const view = await callValue(reg.db, 'session:acts', { body: 'CP', date: '2023-10-16' }, now);
    expect(view.acts).toHaveLength(16);
    const g25 = view.acts.find((a) => a.number === 'G25');
    expect(g25?.quorum).toMatchObject({ met: true, figures: '33 + 3 ≥ 24' });
    expect(g25?.presiding.name).toMatch(/\S/);
  });

  it('shows the four lists of one act as printed', async () => {
    const act = await callValue(reg.db, 'act:show', { body: 'CP', date: '2023-10-16', act: 'G25' }, now);
    expect(act.present).toHaveLength(act.counts.present);
    expect(act.proxies).toHaveLength(3);
    expect(act.proxies[0]).toMatch(/^(M\.|Mme) .+ à (M\.|Mme) /);
    expect(act.absent).toHaveLength(act.counts.absent);
  });

  it('renders an extract as base64 bytes', async () => {
    const file = await callValue(reg.db, 'extract:render', { body: 'CP', date: '2023-10-16', act: 'G25', format: 'pdf' }, now);
    expect(file).toMatchObject({ number: 'G25', fileName: 'G25.pdf', mediaType: 'application/pdf' });
    const text = await pdfText(Buffer.from(file.base64, 'base64'), { raw: true });
    expect(text).toContain('G25');
  });

  it('refuses an invalid payload with a French message naming the field', async () => {
    const r = await handle(reg.db, 'session:acts', { body: 'XX', date: '16/10/2023' }, now);
    expect(r).toMatchObject({ ok: false, error: { type: 'validation', field: 'body' } });
    if (r.ok) return;
    expect(r.error.message).toMatch(/^Organe : /);
    expect(r.error.message).toContain(' ; Date complète attendue (JJ/MM/AAAA).');
    expect(r.error.message).not.toContain('session:acts');
  });

  it('refuses an unknown key and a missing field', async () => {
    const extra = await handle(reg.db, 'sessions:list', { sql: 'DROP TABLE acts' }, now);
    expect(extra).toMatchObject({ ok: false, error: { type: 'validation' } });
    const missing = await handle(reg.db, 'act:show', { body: 'CP', date: '2023-10-16' }, now);
    expect(missing).toMatchObject({ ok: false, error: { type: 'validation', field: 'act' } });
  });

  it('passes an AppError through and names an unknown channel', async () => {
    expect(await handle(reg.db, 'session:acts', { body: 'CD', date: '2023-10-16' }, now)).toMatchObject({
      ok: false,
      error: { type: 'not_found' },
    });
    expect(await handle(reg.db, 'act:show', { body: 'CP', date: '2023-10-16', act: 'G999' }, now)).toMatchObject({
      ok: false,
      error: { type: 'not_found', field: 'act' },
    });
    expect(await handle(reg.db, 'db:exec', {}, now)).toMatchObject({ ok: false, error: { type: 'not_found', field: 'channel' } });
  });

  it('turns any other failure into an internal error without a stack trace', async () => {
    const closed = tempRegister();
    closed.db.close();
    const r = await handle(closed.db, 'sessions:list', {}, now);
    closed.cleanup();
    expect(r).toMatchObject({ ok: false, error: { type: 'internal' } });
    if (r.ok) return;
    expect(r.error.message).toMatch(/^Erreur interne/);
    expect(r.error.message).not.toMatch(/at |\.ts|database/i);
  });
});
