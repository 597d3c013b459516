import { Database, Lock, Users } from 'lucide-react';
import type { ContractClient } from '../../../shared/contract/client';
import { useCall } from '../use-call';
import { useShell } from './shell-context';

/** The bottom line: which register this window works on, the save state of what is typed, the lock (or that others share it). */
export function StatusBar({ client }: { client: ContractClient }) {
  const info = useCall(client, 'register:info', {});
  const { saveState } = useShell();
  return (
    <footer className="status-bar">
      <span className="status-item" title={info.state === 'ok' ? info.value.file : undefined}>
        <Database aria-hidden="true" size={14} />
        Registre : {info.state === 'ok' ? info.value.file : '…'}
      </span>
      {/* Not a live region: the screen that saves announces it beside its fields. */}
      <span className="status-item">
        {saveState ?? 'Chaque modification est enregistrée dès qu’elle est faite.'}
      </span>
      {info.state === 'ok' && info.value.shared ? (
        <span className="status-item end">
          <Users aria-hidden="true" size={14} />
          Registre partagé : d’autres secrétaires y écrivent en même temps.
        </span>
      ) : (
        <span className="status-item end">
          <Lock aria-hidden="true" size={14} />
          Verrouillé pour cette fenêtre : aucune autre ne peut l’écrire.
        </span>
      )}
    </footer>
  );
}
