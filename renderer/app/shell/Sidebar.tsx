import { useEffect, useMemo, useRef, useState } from 'react';
import type { ContractClient } from '../../../shared/contract/client';
import type { ActSearchHit, SessionSummary } from '../../../shared/contract/contract';
import type { BodyCode } from '../../../shared/domain/body';
import { Refused } from '../Status';
import { counted } from '../../../shared/rules/plural';
import { sessionsByYear } from '../sessions-by-year';
import { useLiveCall } from '../use-call';

const SHORT_MONTH = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const shortDate = (iso: string) => SHORT_MONTH.format(new Date(`${iso}T00:00:00Z`));
const acts = (n: number) => counted(n, 'acte', 'actes');

export interface Tool {
  screen: string;
  label: string;
}

/**
 * The left column: a search across the acts (Ctrl+F), the sessions by year (the latest year, and
 * the year of the open session, unfolded) and the tools.
 */
export function Sidebar(props: {
  client: ContractClient;
  /** Changes whenever the sessions may have changed (a session created, deleted, restored). */
  refresh: string;
  openSession: (body: BodyCode, date: string) => void;
  openAct: (hit: ActSearchHit) => void;
  openSessions: () => void;
  tools: readonly Tool[];
  current: { screen: string; date?: string };
  openTool: (screen: string) => void;
}) {
  const { client } = props;
  const { loaded: sessions, reload } = useLiveCall(client, 'sessions:list', {}, { followsOthers: true });
  const shown = useRef(props.refresh);
  useEffect(() => {
    if (shown.current === props.refresh) return;
    shown.current = props.refresh;
    reload();
  }, [props.refresh, reload]);
  return (
    <nav className="sidebar" aria-label="Registre">
      <ActSearch client={client} refresh={props.refresh} open={props.openAct} />
      <button type="button" className={`side-item ${props.current.screen === 'sessions' ? 'current' : ''}`} aria-current={props.current.screen === 'sessions' ? 'page' : undefined} onClick={props.openSessions}>
        Séances
      </button>
      {sessions.state === 'error' && <Refused error={sessions.error} />}
      {sessions.state === 'ok' && <Years sessions={sessions.value} current={props.current.date} open={props.openSession} />}
      <h2 className="side-heading">Outils</h2>
      <ul className="side-list">
        {props.tools.map((t) => (
          <li key={t.screen}>
            <button type="button" className={`side-item ${props.current.screen === t.screen ? 'current' : ''}`} aria-current={props.current.screen === t.screen ? 'page' : undefined} onClick={() => props.openTool(t.screen)}>
              {t.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Years(props: { sessions: readonly SessionSummary[]; current: string | undefined; open: (body: BodyCode, date: string) => void }) {
  const years = useMemo(() => [...sessionsByYear(props.sessions)], [props.sessions]);
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(() => new Set(years.slice(0, 1).map(([y]) => y)));
  const currentYear = props.current?.slice(0, 4);
  return (
    <ul className="side-list years">
      {years.map(([year, list]) => {
        const open = unfolded.has(year) || year === currentYear;
        return (
          <li key={year}>
            <button
              type="button"
              className="side-year"
              aria-expanded={open}
              onClick={() => setUnfolded((u) => (u.has(year) ? new Set([...u].filter((y) => y !== year)) : new Set([...u, year])))}
            >
              {year} <span className="side-count">({list.length})</span>
            </button>
            {open && (
              <ul className="side-list">
                {list.map((s) => (
                  <li key={s.id}>
                    <button type="button" className={`side-item session ${s.date === props.current ? 'current' : ''}`} onClick={() => props.open(s.body, s.date)}>
                      {shortDate(s.date)} · {s.body} <span className="side-count">{acts(s.acts)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** « Rechercher un acte »: by number, date or words of the objet, across every session; results as they are typed. */
function ActSearch(props: { client: ContractClient; refresh: string; open: (hit: ActSearchHit) => void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<ActSearchHit[] | null>(null);
  useEffect(() => {
    if (query.trim() === '') return setHits(null);
    let current = true;
    const timer = setTimeout(() => {
      void props.client.call('acts:search', { query }).then((r) => current && setHits(r.ok ? r.value : []));
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // A refresh (an act added, a backup restored) searches again: the hits are the register's as it is now.
  }, [props.client, query, props.refresh]);
  return (
    <div className="side-search" role="search">
      <div className="field">
        <label htmlFor="recherche">Rechercher un acte</label>
        <input
          id="recherche"
          type="search"
          value={query}
          placeholder="G25, 16/10/2023, emprunt…"
          aria-describedby="search-hint"
          onChange={(e) => setQuery(e.target.value)}
          // Escape empties the search, as in the desktop tools.
          onKeyDown={(e) => e.key === 'Escape' && query !== '' && (e.preventDefault(), setQuery(''))}
        />
      </div>
      <span id="search-hint" className="visually-hidden">
        Par numéro, date de séance ou mots de l’objet. Raccourci Ctrl+F.
      </span>
      {hits !== null && (
        <div role="status" aria-live="polite" className="side-hits">
          <p className="side-count">{hits.length === 0 ? 'Aucun acte trouvé.' : counted(hits.length, 'acte trouvé', 'actes trouvés')}</p>
          <ul className="side-list">
            {hits.map((h) => (
              <li key={`${h.body}-${h.date}-${h.number}`}>
                <button type="button" className="side-item hit" onClick={() => props.open(h)}>
                  <strong>{h.number}</strong> · {h.date.split('-').reverse().join('/')}
                  <span className="hit-object">{h.object}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
