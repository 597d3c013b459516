import type { AttendanceView } from '../../../shared/contract/contract';
import type { SessionStatus } from '../../../shared/domain/attendance';
import { SESSION_STATUSES, SESSION_STATUS_LABELS } from '../../../shared/domain/attendance';
import { holderCandidates } from '../../../shared/rules/attendance';
import { Select } from '../../ui/Select';
import { StatusRadios } from '../../ui/StatusRadios';

const STATUSES = SESSION_STATUSES.map((id) => ({ id, label: SESSION_STATUS_LABELS[id] }));

/** The session default, one row per member in the order of the tableau: presence and procuration. */
export function SessionGrid(props: {
  view: AttendanceView;
  error: { memberId: number; message: string } | null;
  onChange: (memberId: number, status: SessionStatus, holderId: number | null) => void;
}) {
  const { view } = props;
  const present = view.members.filter((m) => m.status === 'present').map((m) => m.id);
  const proxies = view.members.flatMap((m) => (m.holderId === null ? [] : [{ giverId: m.id, holderId: m.holderId }]));
  const nameOf = new Map(view.members.map((m) => [m.id, m.name]));
  return (
    <table className="grid">
      <caption className="visually-hidden">Présences de la séance, dans l'ordre du tableau</caption>
      <thead>
        <tr>
          <th scope="col">Élu</th>
          <th scope="col">Présence</th>
          <th scope="col">Procuration donnée à</th>
        </tr>
      </thead>
      <tbody>
        {view.members.map((m) => {
          const error = props.error?.memberId === m.id ? props.error.message : null;
          const errorId = error === null ? undefined : `presence-error-${m.id}`;
          const candidates = holderCandidates(present, proxies, m.id);
          return (
            <tr key={m.id} className={error === null ? undefined : 'invalid'}>
              <th scope="row">
                {m.name}
                {m.quality !== null && <span className="quality">{m.quality}</span>}
              </th>
              <td>
                <StatusRadios
                  label={`Présence de ${m.name}`}
                  hiddenLabel
                  value={m.status}
                  options={STATUSES}
                  isDisabled={!view.editable}
                  errorId={errorId}
                  onChange={(status) => props.onChange(m.id, status, null)}
                />
                {error !== null && (
                  <p id={errorId} role="alert" className="field-error">
                    {error}
                  </p>
                )}
              </td>
              <td>
                {m.status !== 'present' && (
                  <Select
                    label={`Procuration de ${m.name} à`}
                    hiddenLabel
                    isDisabled={!view.editable}
                    value={m.holderId === null ? 'none' : String(m.holderId)}
                    options={[{ id: 'none', label: 'Aucune procuration' }, ...candidates.map((id) => ({ id: String(id), label: nameOf.get(id) ?? '' }))]}
                    onChange={(id) => props.onChange(m.id, m.status, id === 'none' ? null : Number(id))}
                  />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
