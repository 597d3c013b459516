import { useEffect, useMemo, useState } from 'react';
import type { ContractClient } from '../../../shared/contract/client';
import type { SessionSummary } from '../../../shared/contract/contract';
import type { BodyCode } from '../../../shared/domain/body';
import { longDate } from '../../../shared/rules/french-dates';
import { plural } from '../../app/plural';
import { Refused, Waiting } from '../../app/Status';
import { useCall } from '../../app/use-call';
import { NewSessionForm } from './NewSessionForm';

const BODY_NAMES: Record<BodyCode, string> = { CP: 'Commission permanente', CD: 'Conseil départemental' };

/** The years of the register, newest first, each with its sessions (newest first). */
function byYear(sessions: readonly SessionSummary[]): Map<string, SessionSummary[]> {
  const years = new Map<string, SessionSummary[]>();
  for (const s of [...sessions].reverse()) years.set(s.date.slice(0, 4), [...(years.get(s.date.slice(0, 4)) ?? []), s]);
  return years;
}

/**
 * Séances: the sessions of one year of the register (the latest first), the other years one click
 * away — a ten-year register shows fifty rows, not five hundred — and « Nouvelle séance ».
 */
export function SessionsScreen({ client, open, focusNew }: { client: ContractClient; open: (body: BodyCode, date: string) => void; focusNew: boolean }) {
  const sessions = useCall(client, 'sessions:list', {});
  const years = useMemo(() => (sessions.state === 'ok' ? byYear(sessions.value) : new Map<string, SessionSummary[]>()), [sessions]);
  const [chosen, setChosen] = useState<string | null>(null);
  const year = chosen ?? [...years.keys()][0] ?? null;
  useEffect(() => {
    if (!focusNew) return;
    const form = document.querySelector<HTMLElement>('form[aria-labelledby="new-session-title"]');
    form?.scrollIntoView({ block: 'start' });
    form?.querySelector<HTMLElement>('input, button')?.focus();
  }, [focusNew]);
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
                  <td>{BODY_NAMES[s.body]}</td>
                  <td className="number">{s.membersInOffice}</td>
                  <td className="number">{s.acts}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="field-hint">{plural(years.get(year)?.length ?? 0, 'séance', 'séances')} en {year}.</p>
        </>
      )}
      <NewSessionForm client={client} created={open} />
    </section>
  );
}
