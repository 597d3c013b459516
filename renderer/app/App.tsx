import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ContractClient } from '../../shared/contract/client';
import { preloadable } from './preloadable';
import { useGuardedMove } from './use-guarded-move';
import { prefetchRead } from './use-call';
import { SessionsScreen } from '../screens/seances/SessionsScreen';
import { ShellProvider, useShell } from './shell/shell-context';
import { Sidebar } from './shell/Sidebar';
import { StatusBar } from './shell/StatusBar';
import { Toolbar } from './shell/Toolbar';
import { useShortcuts } from './shell/use-shortcuts';
import { Waiting } from './Status';
import type { View } from './view';
import { viewAddress, viewAt } from './view';

// The first screen loads only what it shows: every other screen is its own chunk, fetched when
// opened — the session's, the next one opened, as soon as the first screen is drawn and the
// browser is idle, so that opening a session waits for its data only.
const ActScreen = lazy(() => import('../screens/actes/ActScreen').then((m) => ({ default: m.ActScreen })));
const JournalScreen = lazy(() => import('../screens/journal/JournalScreen').then((m) => ({ default: m.JournalScreen })));
const BackupsScreen = lazy(() => import('../screens/sauvegardes/BackupsScreen').then((m) => ({ default: m.BackupsScreen })));
const loadSessionScreen = () => import('../screens/seance/SessionScreen').then((m) => ({ default: m.SessionScreen }));
const { Screen: SessionScreen, preload: preloadSessionScreen } = preloadable(loadSessionScreen);
const SettingsScreen = lazy(() => import('../screens/parametres/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const SharedRegisterScreen = lazy(() => import('../screens/registre-partage/SharedRegisterScreen').then((m) => ({ default: m.SharedRegisterScreen })));
const VerifyScreen = lazy(() => import('../screens/verification/VerifyScreen').then((m) => ({ default: m.VerifyScreen })));

type ToolScreen = 'settings' | 'journal' | 'backups' | 'verify' | 'sharedRegister';

const TOOLS: readonly { screen: ToolScreen; label: string }[] = [
  { screen: 'settings', label: 'Paramètres' },
  { screen: 'journal', label: 'Journal' },
  { screen: 'backups', label: 'Sauvegardes' },
  { screen: 'verify', label: 'Vérifier un PDF signé' },
  { screen: 'sharedRegister', label: 'Ouvrir un registre partagé' },
];

export function App({ client }: { client: ContractClient }) {
  return (
    <ShellProvider>
      <Desk client={client} />
    </ShellProvider>
  );
}

/** The desktop: toolbar, sidebar of sessions and tools, the screen in front, status bar. */
function Desk({ client }: { client: ContractClient }) {
  // The screen in front lives in the address too: reloading the page (F5) reopens it.
  const [view, setView] = useState<View>(() => viewAt(window.location.hash));
  // Each move is a step of the browser's history (Back returns to the screen before); the first
  // address, and an address the page already follows, are not added again.
  const first = useRef(true);
  useEffect(() => {
    const address = `${window.location.pathname}${window.location.search}${viewAddress(view)}`;
    if (first.current) window.history.replaceState(null, '', address);
    else if (window.location.hash !== viewAddress(view)) window.history.pushState(null, '', address);
    first.current = false;
  }, [view]);
  // Every move may follow a change of the sessions (created, restored): the sidebar reloads them.
  const [moves, setMoves] = useState(0);
  useEffect(() => {
    const idle = requestIdleCallback(() => void preloadSessionScreen());
    return () => cancelIdleCallback(idle);
  }, []);
  const move = (next: View) => {
    // A session opens on its Présences: their data is asked for now, while its screen is drawn.
    if (next.screen === 'session' && next.tab === 'presences' && !(view.screen === 'session' && view.date === next.date && view.body === next.body)) {
      prefetchRead(client, 'attendance:get', { body: next.body, date: next.date });
    }
    setView(next);
    setMoves((n) => n + 1);
  };
  // Leaving an act with a refused field, or an edited template, asks first; staying there, the
  // address names again the screen in front.
  const { go, dialog: leaveDialog } = useGuardedMove(move, () =>
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${viewAddress(view)}`),
  );
  // The address changed under the page (Back, Forward, an address typed or pasted, the desktop
  // menu): the screen follows it — never a screen showing one act while the address names another.
  useEffect(() => {
    const follow = () => {
      const next = viewAt(window.location.hash);
      if (viewAddress(next) !== viewAddress(view)) go(next);
    };
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
    };
  });
  const { commands, reportSaveState, sessionChanges } = useShell();
  const search = () => document.getElementById('recherche')?.focus();
  const save = () => (commands.current.save !== undefined ? commands.current.save() : reportSaveState('Tout est déjà enregistré.'));
  const print = () => (commands.current.print !== undefined ? commands.current.print() : reportSaveState('Cet écran n’a pas de document à imprimer : ouvrez un acte.'));
  useShortcuts({ f: search, s: save, p: print });
  const inSession = view.screen === 'session' || view.screen === 'act';
  return (
    <div className="desk">
      <Toolbar newSession={() => go({ screen: 'sessions', newSession: true })} search={search} save={save} print={print} />
      <Sidebar
        client={client}
        refresh={`${moves} ${sessionChanges}`}
        current={{ screen: view.screen, date: inSession ? view.date : undefined }}
        openSessions={() => go({ screen: 'sessions' })}
        openSession={(body, date) => go({ screen: 'session', body, date, tab: 'presences' })}
        openAct={(hit) => go({ screen: 'act', body: hit.body, date: hit.date, act: hit.number })}
        tools={TOOLS}
        openTool={(screen) => go({ screen: screen as ToolScreen })}
      />
      <main className="page" id="contenu">
        {inSession && (
          <nav aria-label="Fil d'Ariane">
            <ol className="crumbs">
              <li>
                <button type="button" className="link" onClick={() => go({ screen: 'session', body: view.body, date: view.date, tab: 'acts' })}>
                  Séance du {view.date.split('-').reverse().join('/')}
                </button>
              </li>
              {view.screen === 'act' && <li aria-current="page">{view.act}</li>}
            </ol>
          </nav>
        )}
        <Suspense fallback={<Waiting />}>
          {view.screen === 'sessions' && <SessionsScreen client={client} focusNew={view.newSession === true} open={(body, date) => go({ screen: 'session', body, date, tab: 'presences' })} />}
          {view.screen === 'session' && (
            <SessionScreen
              client={client}
              body={view.body}
              date={view.date}
              tab={view.tab}
              onTab={(tab) => setView({ ...view, tab })}
              openAct={(act) => go({ screen: 'act', body: view.body, date: view.date, act })}
              moved={(date) => go({ ...view, date })}
              deleted={() => go({ screen: 'sessions' })}
            />
          )}
          {view.screen === 'act' && <ActScreen key={`${view.body}-${view.date}-${view.act}`} client={client} body={view.body} date={view.date} act={view.act} open={(body, date, act) => go({ screen: 'act', body, date, act })} />}
          {view.screen === 'settings' && <SettingsScreen client={client} />}
          {view.screen === 'backups' && <BackupsScreen client={client} />}
          {view.screen === 'journal' && <JournalScreen client={client} />}
          {view.screen === 'verify' && <VerifyScreen client={client} />}
          {view.screen === 'sharedRegister' && <SharedRegisterScreen client={client} />}
        </Suspense>
      </main>
      <StatusBar client={client} />
      {leaveDialog}
    </div>
  );
}
