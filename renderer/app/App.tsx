import { useState } from 'react';
import type { ContractClient } from '../../shared/contract/client';
import type { BodyCode } from '../../shared/domain/body';
import { ActScreen } from '../screens/actes/ActScreen';
import { ActsScreen } from '../screens/actes/ActsScreen';
import { SessionsScreen } from '../screens/seances/SessionsScreen';
import { VerifyScreen } from '../screens/verification/VerifyScreen';

/** Where the secretary is: the list of sessions, one session's acts, or one act. */
export type View =
  | { screen: 'sessions' }
  | { screen: 'acts'; body: BodyCode; date: string }
  | { screen: 'act'; body: BodyCode; date: string; act: string }
  | { screen: 'verify' };

export function App({ client }: { client: ContractClient }) {
  const [view, setView] = useState<View>({ screen: 'sessions' });
  return (
    <>
      <header className="banner">
        <p className="brand">Registre des délibérations</p>
        <nav aria-label="Fil d'Ariane">
          <ol className="crumbs">
            <li>
              <button type="button" className="link" onClick={() => setView({ screen: 'sessions' })}>
                Séances
              </button>
            </li>
            {(view.screen === 'acts' || view.screen === 'act') && (
              <li>
                <button type="button" className="link" onClick={() => setView({ screen: 'acts', body: view.body, date: view.date })}>
                  Séance du {view.date.split('-').reverse().join('/')}
                </button>
              </li>
            )}
            {view.screen === 'act' && <li aria-current="page">{view.act}</li>}
          </ol>
        </nav>
        <button type="button" className="link" onClick={() => setView({ screen: 'verify' })}>
          Vérifier un PDF signé
        </button>
      </header>
      <main className="page">
        {view.screen === 'sessions' && <SessionsScreen client={client} open={(body, date) => setView({ screen: 'acts', body, date })} />}
        {view.screen === 'acts' && (
          <ActsScreen client={client} body={view.body} date={view.date} open={(act) => setView({ screen: 'act', body: view.body, date: view.date, act })} />
        )}
        {view.screen === 'act' && <ActScreen client={client} body={view.body} date={view.date} act={view.act} />}
        {view.screen === 'verify' && <VerifyScreen client={client} />}
      </main>
    </>
  );
}
