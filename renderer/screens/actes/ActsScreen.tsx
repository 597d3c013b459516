import type { ContractClient } from '../../../shared/contract/client';
import type { BodyCode } from '../../../shared/domain/body';
import { Refused, Waiting } from '../../app/Status';
import { useCall } from '../../app/use-call';

/** Ordre du jour: the acts of one session with their attendance, quorum and presiding member. */
export function ActsScreen(props: { client: ContractClient; body: BodyCode; date: string; open: (act: string) => void }) {
  const session = useCall(props.client, 'session:acts', { body: props.body, date: props.date });
  if (session.state === 'loading') return <Waiting />;
  if (session.state === 'error') return <Refused error={session.error} />;
  const s = session.value;
  return (
    <section aria-labelledby="acts-title">
      <h2 id="acts-title">Ordre du jour</h2>
      <p>
        {s.place}, {s.time.replace(':', 'h')} · {s.membersInOffice} membres en exercice · {s.acts.length} actes
      </p>
      <table>
        <caption className="visually-hidden">Actes de la séance</caption>
        <thead>
          <tr>
            <th scope="col">N°</th>
            <th scope="col">Objet</th>
            <th scope="col">Présents</th>
            <th scope="col">Procurations</th>
            <th scope="col">Excusés</th>
            <th scope="col">Absents</th>
            <th scope="col">Quorum</th>
            <th scope="col">Présidence</th>
          </tr>
        </thead>
        <tbody>
          {s.acts.map((a) => (
            <tr key={a.number}>
              <th scope="row">
                <button type="button" className="link" onClick={() => props.open(a.number)} aria-label={`Ouvrir l'acte ${a.number}`}>
                  {a.number}
                </button>
              </th>
              <td className="object">{a.object}</td>
              <td className="number">{a.counts.present}</td>
              <td className="number">{a.counts.proxies}</td>
              <td className="number">{a.counts.excused}</td>
              <td className="number">{a.counts.absent}</td>
              <td className={`nowrap ${a.quorum.met ? 'ok' : 'error'}`}>
                {a.quorum.met ? 'atteint' : 'non atteint'} ({a.quorum.figures})
              </td>
              <td>{a.presiding.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
