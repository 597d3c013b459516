import type { ReactNode } from 'react';
import type { JournalEntryView } from '../../../shared/contract/contract';
import { screenInstant } from '../../../shared/rules/french-dates';


/** Entries of the journal, newest first: when, who, (the session and act when several are shown), what, before, after. */
export function JournalTable({ entries, caption, className, withPlace }: { entries: JournalEntryView[]; caption: ReactNode; className?: string; withPlace: boolean }) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Quand</th>
          <th scope="col">Qui</th>
          {withPlace && <th scope="col">Séance</th>}
          {withPlace && <th scope="col">Acte</th>}
          <th scope="col">Quoi</th>
          <th scope="col">Avant</th>
          <th scope="col">Après</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td className="nowrap">
              <time dateTime={e.at}>{screenInstant(e.at, 'short')}</time>
            </td>
            <td>{e.author}</td>
            {withPlace && <td className="nowrap">{e.body === null || e.sessionDate === null ? '—' : `${e.body} ${e.sessionDate.split('-').reverse().join('/')}`}</td>}
            {withPlace && <td>{e.act ?? '—'}</td>}
            <td>{e.subject}</td>
            <td>{e.before ?? '—'}</td>
            <td>{e.after ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
