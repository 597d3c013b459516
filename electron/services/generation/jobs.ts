import { randomUUID } from 'node:crypto';
import type { GenerationJobView } from '../../../shared/contract/channels/generation';
import { AppError } from '../../../shared/domain/errors';
import type { Db } from '../../db/open';
import type { RunRequest } from './run';
import { runGeneration } from './run';

/*
 * A long book (the registre of a year) is generated as a job: `startJob` answers at once, the run
 * goes on in this process between the screen's calls — the rendering yields after each document —
 * and the screen asks `jobProgress` where it stands and may `cancelJob` it. Every door serves
 * these calls alike (Electron's register process, the HTTP host): no event has to reach the page.
 */

interface Job {
  view: GenerationJobView;
  controller: AbortController;
  /** Settles when the run has ended, whatever the outcome; for the tests and the CLI. */
  ended: Promise<void>;
}

const jobs = new Map<string, Job>();

const CANCELLED = 'Génération annulée.';

/** Starts the generation of one planned document; its first view says « running », 0 of 0. */
export function startJob(db: Db, request: Omit<RunRequest, 'certificate'>, now: Date): GenerationJobView {
  const id = randomUUID();
  const controller = new AbortController();
  const view: GenerationJobView = { job: id, state: 'running', done: 0, total: 0, pages: 0, file: null, error: null };
  const update = (patch: Partial<GenerationJobView>): void => {
    Object.assign(view, patch);
  };
  // Started once this call has answered: the registre's first pass (measuring every page) holds the process.
  const ended = new Promise((resolve) => setImmediate(resolve))
    .then(() =>
      runGeneration(db, request, now, {
        signal: controller.signal,
        onProgress: ({ done, total, pages }) => update({ done, total, pages }),
      }),
    )
    .then(
    (file) => update({ state: 'done', file }),
    (e: unknown) => {
      if (controller.signal.aborted) update({ state: 'cancelled', error: { type: 'conflict', message: CANCELLED } });
      else if (e instanceof AppError) update({ state: 'failed', error: e.toInfo() });
      else {
        // The secretary gets a plain sentence; the details go to the log, as for any call.
        console.error('[generation]', e);
        update({ state: 'failed', error: { type: 'internal', message: 'Erreur interne pendant la génération. Les détails ont été consignés dans le journal.' } });
      }
    },
  );
  const job: Job = { view, controller, ended };
  jobs.set(id, job);
  return { ...view };
}

/** Where the job stands; once it has ended, this last view is given once and the job forgotten. */
export function jobProgress(id: string): GenerationJobView {
  const job = jobs.get(id);
  if (job === undefined) throw new AppError('not_found', 'Cette génération est terminée ou inconnue.', 'job');
  if (job.view.state !== 'running') jobs.delete(id);
  return { ...job.view };
}

/** Asks the job to stop: the registre stops after the séance being written and writes no file. */
export function cancelJob(id: string): GenerationJobView {
  const job = jobs.get(id);
  if (job === undefined) throw new AppError('not_found', 'Cette génération est terminée ou inconnue.', 'job');
  job.controller.abort(new AppError('conflict', CANCELLED));
  return { ...job.view };
}

/** Resolves once the job has ended (done, failed or cancelled). */
export function jobEnded(id: string): Promise<void> {
  return jobs.get(id)?.ended ?? Promise.resolve();
}
