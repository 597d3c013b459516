import { useEffect, useRef, useState } from 'react';
import type { ContractClient } from '../../../shared/contract/client';
import type { GeneratedFileView, GenerationJobView, PlannedDocumentView } from '../../../shared/contract/contract';
import type { BodyCode } from '../../../shared/domain/body';
import type { AppErrorInfo, Result } from '../../../shared/domain/errors';

/** What became of one document of a run: its file, or the French reason it was not produced. */
export type Outcome = { doc: PlannedDocumentView } & ({ state: 'done'; file: GeneratedFileView } | { state: 'error'; error: AppErrorInfo });

/** Where the book under way stands (the registre): séances written out of the year's, pages so far. */
export interface BookProgress {
  label: string;
  done: number;
  total: number;
  pages: number;
}

export interface Progress {
  done: number;
  total: number;
  /** Whether « Annuler » was pressed: the run stops after the document under way (the registre, after its séance under way). */
  stopping: boolean;
  running: boolean;
  /** The book being written, while it is. */
  book: BookProgress | null;
}

/** How often the screen asks where a book stands, in ms. */
const POLL_MS = 250;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs documents one call at a time, so that the progress is true and « Annuler » takes effect
 * after the current document; a refused document is reported and the others go on. The registre
 * runs as a job: the screen follows it séance by séance, and « Annuler » stops it there, no file written.
 */
export function useGenerationRun(client: ContractClient, body: BodyCode, date: string) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const stop = useRef(false);
  const job = useRef<string | null>(null);
  // Leaving the tab stops the run after the document under way, and a book where it stands.
  useEffect(
    () => () => {
      stop.current = true;
      if (job.current !== null) void client.call('generation:cancel', { job: job.current });
    },
    [client],
  );

  /** A book: started as a job, followed until it ends. */
  const runBook = async (doc: PlannedDocumentView): Promise<Result<GeneratedFileView>> => {
    const started = await client.call('generation:start', { body, date, id: doc.id });
    if (!started.ok) return started;
    job.current = started.value.job;
    if (stop.current) await client.call('generation:cancel', { job: started.value.job });
    let view: GenerationJobView = started.value;
    while (view.state === 'running') {
      setProgress((p) => p && { ...p, book: { label: doc.label, done: view.done, total: view.total, pages: view.pages } });
      await wait(POLL_MS);
      const reply = await client.call('generation:progress', { job: view.job });
      if (!reply.ok) {
        job.current = null;
        return reply;
      }
      view = reply.value;
    }
    job.current = null;
    setProgress((p) => p && { ...p, book: null });
    if (view.file !== null) return { ok: true, value: view.file };
    return { ok: false, error: view.error ?? { type: 'internal', message: 'Génération interrompue.' } };
  };

  const run = async (docs: PlannedDocumentView[], certificate?: { p12: string; passphrase: string; delegation?: string }) => {
    stop.current = false;
    setOutcomes([]);
    let done = 0;
    setProgress({ done, total: docs.length, stopping: false, running: true, book: null });
    for (const doc of docs) {
      if (stop.current) break;
      const reply = doc.tracked
        ? await runBook(doc)
        : await client.call('generation:run', { body, date, id: doc.id, ...(doc.group === 'signes' && certificate !== undefined ? { certificate } : {}) });
      done += 1;
      const outcome: Outcome = reply.ok ? { doc, state: 'done', file: reply.value } : { doc, state: 'error', error: reply.error };
      setOutcomes((previous) => [...previous, outcome]);
      setProgress((p) => p && { ...p, done });
    }
    setProgress((p) => p && { ...p, running: false });
  };

  const cancel = () => {
    stop.current = true;
    if (job.current !== null) void client.call('generation:cancel', { job: job.current });
    setProgress((p) => p && { ...p, stopping: true });
  };

  return { progress, outcomes, run, cancel };
}
