import { useEffect } from 'react';
import type { ContractClient } from '../../../shared/contract/client';
import type { BodyCode } from '../../../shared/domain/body';
import { NewSessionForm } from './NewSessionForm';
import { OpenDataExport } from './OpenDataExport';
import { SessionFileImport } from './SessionFileImport';

/**
 * What Séances offers under the year's sessions: « Nouvelle séance », the import of a session file
 * and the year's open data. Its own chunk: the sessions are drawn first, the forms come after.
 */
export function SessionsTools({ client, open, focusNew }: { client: ContractClient; open: (body: BodyCode, date: string) => void; focusNew: boolean }) {
  useEffect(() => {
    if (!focusNew) return;
    const form = document.querySelector<HTMLElement>('form[aria-labelledby="new-session-title"]');
    form?.scrollIntoView({ block: 'start' });
    form?.querySelector<HTMLElement>('input, button')?.focus();
  }, [focusNew]);
  return (
    <>
      <NewSessionForm client={client} created={open} />
      <SessionFileImport client={client} imported={open} />
      <OpenDataExport client={client} />
    </>
  );
}
