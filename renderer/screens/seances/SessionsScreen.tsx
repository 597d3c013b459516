import type { ContractClient } from '../../../shared/contract/client';
import type { BodyCode } from '../../../shared/domain/body';
import { longDate } from '../../../shared/rules/french-dates';
import { Refused, Waiting } from '../../app/Status';
import { useCall } from '../../app/use-call';
import { FirstRegisterScreen } from '../premier-registre/FirstRegisterScreen';
import { NewSessionForm } from './NewSessionForm';
import { OpenDataExport } from './OpenDataExport';
import { SessionFileImport } from './SessionFileImport';

const BODY_NAMES: Record<BodyCode, string> = { CP: 'Commission permanente', CD: 'Conseil départemental' };

/** Séances: every session of the register, newest first; an empty register opens on its guided first screen. */
export function SessionsScreen({ client, open }: { client: ContractClient; open: (body: BodyCode, date: string) => void }) {
  const sessions = useCall(client, 'sessions:list', {});
  if (sessions.state === 'ok' && sessions.value.length === 0) return <FirstRegisterScreen client={client} open={open} />;
  return (
    <section aria-labelledby="sessions-title">
      <h1 id="sessions-title">Séances</h1>
      {sessions.state === 'loading' && <Waiting />}
      {sessions.state === 'error' && <Refused error={sessions.error} />}
      {sessions.state === 'ok' && (
        <table>
          <caption className="visually-hidden">Séances du registre</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Organe</th>
              <th scope="col">Membres en exercice</th>
              <th scope="col">Actes</th>
            </tr>
          </thead>
          <tbody>
            {[...sessions.value].reverse().map((s) => (
              <tr key={s.id}>
                <td>
                  <button type="button" className="link" onClick={() => open(s.body, s.date)}>
                    {longDate(s.date)}
                  </button>
                </td>
                <td>{BODY_NAMES[s.body]}</td>
                <td className="number">{s.membersInOffice}</td>
                <td className="number">{s.acts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NewSessionForm client={client} created={open} />
      <SessionFileImport client={client} imported={open} />
      <OpenDataExport client={client} />
    </section>
  );
}
