import { useState } from 'react';
import type { ContractClient } from '../../shared/contract/client';
import type { BodyCode } from '../../shared/domain/body';
import { ActScreen } from '../screens/actes/ActScreen';
import { BackupsScreen } from '../screens/sauvegardes/BackupsScreen';
import { SessionScreen } from '../screens/seance/SessionScreen';
import type { SessionTab } from '../screens/seance/SessionScreen';
import { SessionsScreen } from '../screens/seances/SessionsScreen';
import { SettingsScreen } from '../screens/parametres/SettingsScreen';
import { VerifyScreen } from '../screens/verification/VerifyScreen';

/** Where the secretary is: the register's sessions, one session (a tab of it), one act, or a tool. */
export type View =
  | { screen: 'sessions' }
  | { screen: 'session'; body: BodyCode; date: string; tab: SessionTab }
  | { screen: 'act'; body: BodyCode; date: string; act: string }
  | { screen: 'settings' }
  | { screen: 'backups' }
  | { screen: 'verify' };

const TOOLS = [
  { screen: 'settings', label: 'Paramètres' },
  { screen: 'backups', label: 'Sauvegardes' },
  { screen: 'verify', label: 'Vérifier un PDF signé' },
] as const;

export function App({ client }: { client: ContractClient }) {
  const [view, setView] = useState<View>({ screen: 'sessions' });
  const inSession = view.screen === 'session' || view.screen === 'act';
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
            {inSession && (
              <li>
                <button type="button" className="link" onClick={() => setView({ screen: 'session', body: view.body, date: view.date, tab: 'acts' })}>
                  Séance du {view.date.split('-').reverse().join('/')}
                </button>
              </li>
            )}
            {view.screen === 'act' && <li aria-current="page">{view.act}</li>}
          </ol>
        </nav>
        <nav aria-label="Outils" className="tools">
          {TOOLS.map((t) => (
            <button key={t.screen} type="button" className="link" aria-current={view.screen === t.screen ? 'page' : undefined} onClick={() => setView({ screen: t.screen })}>
              {t.label}
            </button>
          ))}
        </nav>
      </header>
      <main className="page">
        {view.screen === 'sessions' && <SessionsScreen client={client} open={(body, date) => setView({ screen: 'session', body, date, tab: 'presences' })} />}
        {view.screen === 'session' && (
          <SessionScreen
            client={client}
            body={view.body}
            date={view.date}
            tab={view.tab}
            onTab={(tab) => setView({ ...view, tab })}
            openAct={(act) => setView({ screen: 'act', body: view.body, date: view.date, act })}
            moved={(date) => setView({ ...view, date })}
            deleted={() => setView({ screen: 'sessions' })}
          />
        )}
        {view.screen === 'act' && <ActScreen client={client} body={view.body} date={view.date} act={view.act} open={(body, date, act) => setView({ screen: 'act', body, date, act })} />}
        {view.screen === 'settings' && <SettingsScreen client={client} />}
        {view.screen === 'backups' && <BackupsScreen client={client} />}
        {view.screen === 'verify' && <VerifyScreen client={client} />}
      </main>
    </>
  );
}
