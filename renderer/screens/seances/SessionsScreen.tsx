import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { ContractClient } from '../../../shared/contract/client';
import type { SessionSummary } from '../../../shared/contract/contract';
import { bodyLabel, type BodyCode } from '../../../shared/domain/body';
import { longDate } from '../../../shared/rules/french-dates';
import { counted } from '../../../shared/rules/plural';
import { sessionsByYear } from '../../app/sessions-by-year';
import { Refused, Waiting } from '../../app/Status';
import { preloadable } from '../../app/preloadable';
import { useLiveCall } from '../../app/use-call';
import { openingYear } from './opening-year';

// The year's sessions are drawn with React alone; the forms under them (react-aria) and the guided
// screen of an empty register come in their own chunks. The forms' code is fetched at once, but
// they are drawn in the frame after the list: the sessions appear without waiting for them.
const loadTools = () => import('./SessionsTools').then((m) => ({ default: m.SessionsTools }));
const { Screen: SessionsTools, preload: preloadTools } = preloadable(loadTools);
const FirstRegisterScreen = lazy(() => import('../premier-registre/FirstRegisterScreen').then((m) => ({ default: m.FirstRegisterScreen })));


/**
 * Séances: the sessions of one year of the register (the current one first), the other years one click
 * away — a ten-year register shows fifty rows, not five hundred —, « Nouvelle séance », the import of
 * a session file and the year's open data.
 */
export function SessionsScreen({ client, open, focusNew }: { client: ContractClient; open: (body: BodyCode, date: string) => void; focusNew: boolean }) {
  // On a shared register, a séance another secretary creates (or a server back after a cut) shows here as in the sidebar.
  const sessions = useLiveCall(client, 'sessions:list', {}, { followsOthers: true }).loaded;
  const years = useMemo(() => (sessions.state === 'ok' ? sessionsByYear(sessions.value) : new Map<string, SessionSummary[]>()), [sessions]);
  const [chosen, setChosen] = useState<string | null>(null);
  const year = chosen ?? openingYear([...years.keys()], String(new Date().getFullYear()));
  const [toolsShown, showTools] = useState(false);
  useEffect(() => void preloadTools(), []);
  useEffect(() => {
    if (sessions.state === 'loading') return;
    // Drawn after the frame that shows the list (a timeout queued by the frame runs after its paint).
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => showTools(true), 0)));
    return () => (cancelAnimationFrame(frame), clearTimeout(timer));
  }, [sessions.state]);
  // An empty register opens on its guided first screen.
  if (sessions.state === 'ok' && sessions.value.length === 0) {
    return (
      <Suspense fallback={<Waiting />}>
        <FirstRegisterScreen client={client} open={open} />
      </Suspense>
    );
  }
  return (
    <section aria-labelledby="sessions-title">
      <h1 id="sessions-title">Séances</h1>
      {sessions.state === 'loading' && <Waiting />}
      {sessions.state === 'error' && <Refused error={sessions.error} />}
      {sessions.state === 'ok' && years.size === 0 && <p>Le registre ne contient encore aucune séance : créez la première ci-dessous.</p>}
      {year !== null && (
        <>
          {years.size > 1 && (
            <div className="segmented" role="group" aria-label="Année">
              {[...years.keys()].map((y) => (
                <button key={y} type="button" className="secondary" aria-pressed={y === year} onClick={() => setChosen(y)}>
                  {y}
                </button>
              ))}
            </div>
          )}
          <table>
            <caption className="visually-hidden">Séances de {year}</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Organe</th>
                <th scope="col" className="number">
                  Membres en exercice
                </th>
                <th scope="col" className="number">
                  Actes
                </th>
              </tr>
            </thead>
            <tbody>
              {(years.get(year) ?? []).map((s) => (
                <tr key={s.id}>
                  <td>
                    <button type="button" className="link" onClick={() => open(s.body, s.date)}>
                      {longDate(s.date)}
                    </button>
                  </td>
                  <td>{bodyLabel(s.body)}</td>
                  <td className="number">{s.membersInOffice}</td>
                  <td className="number">{s.acts}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="field-hint">{counted(years.get(year)?.length ?? 0, 'séance', 'séances')} en {year}.</p>
        </>
      )}
      {toolsShown && (
        <Suspense fallback={null}>
          <SessionsTools client={client} open={open} focusNew={focusNew} />
        </Suspense>
      )}
    </section>
  );
}
