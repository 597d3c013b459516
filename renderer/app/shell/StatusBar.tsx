import { Database, Lock, Users } from 'lucide-react';
import type { ContractClient } from '../../../shared/contract/client';
import { useCall } from '../use-call';
import { useShell } from './shell-context';

const SAVED_AS_MADE = 'Chaque modification est enregistrée dès qu’elle est faite.';
const LOCKED = 'Verrouillé pour cette fenêtre : aucune autre ne peut l’écrire.';
const SHARED = 'Registre partagé : d’autres secrétaires y écrivent en même temps.';

/**
 * The bottom line: which register this window works on, the save state of what is typed, the lock
 * (or that others share it). On a narrow window the register's address gives way first, cut at its
 * start (its end names the file); each text cut short ends with « … » and shows whole on hover.
 */
export function StatusBar({ client }: { client: ContractClient }) {
  const info = useCall(client, 'register:info', {});
  const { saveState } = useShell();
  const address = info.state === 'ok' ? info.value.file : '…';
  const shared = info.state === 'ok' && info.value.shared;
  const save = saveState ?? SAVED_AS_MADE;
  const lock = shared ? SHARED : LOCKED;
  return (
    <footer className="status-bar">
      <span className="status-item register" title={address}>
        <Database aria-hidden="true" size={14} />
        <span className="status-label">Registre :</span>{' '}
        <span className="status-text from-end">
          <bdi>{address}</bdi>
        </span>
      </span>
      {/* Not a live region: the screen that saves announces it beside its fields. */}
      <span className="status-item save" title={save}>
        <span className="status-text">{save}</span>
      </span>
      <span className="status-item lock" title={lock}>
        {shared ? <Users aria-hidden="true" size={14} /> : <Lock aria-hidden="true" size={14} />}
        <span className="status-text">{lock}</span>
      </span>
    </footer>
  );
}
