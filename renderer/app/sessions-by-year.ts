import type { SessionSummary } from '../../shared/contract/contract';

/** The register's years, newest first, each with its sessions (newest first): as Séances and the sidebar show them. */
export function sessionsByYear(sessions: readonly SessionSummary[]): Map<string, SessionSummary[]> {
  const years = new Map<string, SessionSummary[]>();
  for (const s of [...sessions].reverse()) {
    const year = s.date.slice(0, 4);
    const list = years.get(year);
    if (list === undefined) years.set(year, [s]);
    else list.push(s);
  }
  return years;
}
