import type { ContractClient } from '../../../shared/contract/client';
import type { BodyCode } from '../../../shared/domain/body';
import { Refused, Waiting } from '../../app/Status';
import { useCall } from '../../app/use-call';
import { JournalTable } from './JournalTable';
import './journal.css';

/**
 * The journal of one act: every recorded change to its attendance, vote, number, reference, dates
 * and signature, newest first. To show a change just saved, remount it (`key`).
 */
export function ActJournal({ client, body, date, act }: { client: ContractClient; body: BodyCode; date: string; act: string }) {
  const entries = useCall(client, 'journal:act', { body, date, act });
  if (entries.state === 'loading') return <Waiting />;
  if (entries.state === 'error') return <Refused error={entries.error} />;
  const title = `Journal des modifications de l'acte ${act}`;
  if (entries.value.length === 0) {
    return (
      <section className="act-journal" aria-label={title}>
        <h2>{title}</h2>
        <p>Aucune modification enregistrée depuis l'import de la séance.</p>
      </section>
    );
  }
  return (
    <section className="act-journal" aria-label={title}>
      <JournalTable entries={entries.value} caption={<h2>{title}</h2>} withPlace={false} />
    </section>
  );
}
