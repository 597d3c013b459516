import { existsSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { GenerationJobView } from '../../../shared/contract/channels/generation';
import { handle } from '../../door/dispatch';
import { referenceRegister, referenceSession, snapshot } from '../../testing/temp-register';
import { importSession } from '../sessions/session-import';
import { exportFolder } from './export-folder';
import { jobEnded } from './jobs';
import type { RunProgress } from './run';
import { runGeneration } from './run';

const session = { body: 'CP', date: '2023-10-16' } as const;
const now = new Date('2023-12-20T08:00:00Z');

let cleanup = () => {};
afterEach(() => cleanup());

/** The reference session and a second séance of 2023 (its acts without legality dates): a registre of two séances. */
function twoSessions() {
  const r = referenceRegister();
  cleanup = r.cleanup;
  const reference = referenceSession();
  const acts = reference.acts.map((a) => ({ ...a, internalId: undefined, legalityReceptionDate: undefined, executoryDate: undefined, onlineDate: undefined }));
  importSession(r.db, { ...reference, recueil: undefined, session: { ...reference.session, date: '2023-11-20' }, acts });
  return r;
}

async function call(db: Parameters<typeof handle>[0], channel: string, payload: unknown): Promise<GenerationJobView> {
  const reply = await handle(db, channel, payload, now);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as GenerationJobView;
}

describe('the registre as a job', () => {
  it('tells each séance written, then gives the file', async () => {
    const { db } = twoSessions();
    const seen: RunProgress[] = [];
    const file = await runGeneration(db, { ...session, id: 'registre:2023' }, now, { onProgress: (p) => seen.push({ ...p }) });
    expect(seen.map((p) => `${p.done}/${p.total}`)).toEqual(['1/2', '2/2']);
    expect(seen[1]!.pages).toBeGreaterThan(seen[0]!.pages);
    expect(existsSync(file.path)).toBe(true);

    const started = await call(db, 'generation:start', { ...session, id: 'registre:2023' });
    expect(started).toMatchObject({ state: 'running', done: 0, total: 0, file: null, error: null });
    await jobEnded(started.job);
    const ended = await call(db, 'generation:progress', { job: started.job });
    expect(ended).toMatchObject({ state: 'done', done: 2, total: 2, error: null, file: { fileName: 'Registre des délibérations CP 2023.pdf' } });
    // Its end told once, the job is forgotten.
    expect(await handle(db, 'generation:progress', { job: started.job }, now)).toMatchObject({ ok: false, error: { type: 'not_found' } });
  });

  it('stops on « Annuler » after the séance under way: « Génération annulée. », no file, the register unchanged', async () => {
    const { db } = twoSessions();
    const before = snapshot(db);
    const controller = new AbortController();
    const stopped = runGeneration(db, { ...session, id: 'registre:2023' }, now, {
      signal: controller.signal,
      onProgress: () => controller.abort(new Error('Génération annulée.')),
    });
    await expect(stopped).rejects.toThrow('Génération annulée.');

    const started = await call(db, 'generation:start', { ...session, id: 'registre:2023' });
    const cancelling = await call(db, 'generation:cancel', { job: started.job });
    expect(cancelling.state).toBe('running');
    await jobEnded(started.job);
    expect(await call(db, 'generation:progress', { job: started.job })).toMatchObject({
      state: 'cancelled',
      file: null,
      error: { type: 'conflict', message: 'Génération annulée.' },
    });
    const folder = exportFolder(db, session);
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
    expect(snapshot(db)).toEqual(before);
  });

  it('reports a refused document as the job’s error', async () => {
    const { db } = twoSessions();
    const started = await call(db, 'generation:start', { ...session, id: 'registre:1999' });
    await jobEnded(started.job);
    expect(await call(db, 'generation:progress', { job: started.job })).toMatchObject({ state: 'failed', error: { type: 'not_found' } });
    expect(await handle(db, 'generation:progress', { job: 'pas-un-identifiant' }, now)).toMatchObject({ ok: false, error: { type: 'validation' } });
  });
});
