import { useEffect, useRef, useState } from 'react';
import type { ContractClient } from '../../../shared/contract/client';
import type { GeneratedFileView, PlannedDocumentView } from '../../../shared/contract/contract';
import type { BodyCode } from '../../../shared/domain/body';
import type { AppErrorInfo } from '../../../shared/domain/errors';

/** What became of one document of a run: its file, or the French reason it was not produced. */
export type Outcome = { doc: PlannedDocumentView } & ({ state: 'done'; file: GeneratedFileView } | { state: 'error'; error: AppErrorInfo });

export interface Progress {
  done: number;
  total: number;
  /** Whether « Annuler » was pressed: the run stops after the document under way. */
  stopping: boolean;
  running: boolean;
}

/**
 * Runs documents one call at a time, so that the progress is true and « Annuler » takes effect
 * after the current document; a refused document is reported and the others go on.
 */
export function useGenerationRun(client: ContractClient, body: BodyCode, date: string) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const stop = useRef(false);
  // Leaving the tab stops the run after the document under way.
  useEffect(
    () => () => {
      stop.current = true;
    },
    [],
  );

  const run = async (docs: PlannedDocumentView[], certificate?: { p12: string; passphrase: string; delegation?: string }) => {
    stop.current = false;
    setOutcomes([]);
    let done = 0;
    setProgress({ done, total: docs.length, stopping: false, running: true });
    for (const doc of docs) {
      if (stop.current) break;
      const reply = await client.call('generation:run', { body, date, id: doc.id, ...(doc.group === 'signes' && certificate !== undefined ? { certificate } : {}) });
      done += 1;
      const outcome: Outcome = reply.ok ? { doc, state: 'done', file: reply.value } : { doc, state: 'error', error: reply.error };
      setOutcomes((previous) => [...previous, outcome]);
      setProgress((p) => p && { ...p, done });
    }
    setProgress((p) => p && { ...p, running: false });
  };

  const cancel = () => {
    stop.current = true;
    setProgress((p) => p && { ...p, stopping: true });
  };

  return { progress, outcomes, run, cancel };
}
