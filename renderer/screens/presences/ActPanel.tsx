import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import type { ActAttendanceView, AttendanceView } from '../../../shared/contract/contract';
import type { ActStatus, WithdrawalBasis } from '../../../shared/domain/attendance';
import { ACT_STATUSES, ACT_STATUS_LABELS, WITHDRAWAL_BASES, WITHDRAWAL_BASIS_LABELS } from '../../../shared/domain/attendance';
import { computeActAttendance, holderCandidates } from '../../../shared/rules/attendance';
import { Check } from '../../ui/Check';
import { QuorumIndicator } from '../../ui/QuorumIndicator';
import { Select } from '../../ui/Select';

export interface ActChange {
  memberId: number;
  status: ActStatus | 'session';
  holderId: number | null;
  basis: WithdrawalBasis | null;
  reason: string | null;
  /** The same change for every later act of the session. */
  following: boolean;
}

/** Who is present for one act once its changes apply, and who already holds a procuration there. */
function actPresence(view: AttendanceView, act: ActAttendanceView) {
  const a = computeActAttendance(
    view.members.map((m) => m.id),
    view.members.map((m) => ({ memberId: m.id, status: m.status, holderId: m.holderId })),
    act.changes,
    () => '',
  );
  return { present: a.present, proxies: a.proxies };
}

/** One act of the session: its changes of attendance, who presides, and its live verdict. */
export function ActPanel(props: {
  view: AttendanceView;
  act: ActAttendanceView;
  error: { field: string | undefined; message: string } | null;
  onChange: (change: ActChange) => void;
  /** A field of the change was edited: the previous refusal no longer applies. */
  onEdit: () => void;
  onPresiding: (memberId: number | null) => void;
}) {
  const { view, act } = props;
  const nameOf = new Map(view.members.map((m) => [m.id, m.name]));
  const qualityOf = new Map(view.members.map((m) => [m.id, m.quality]));
  const [memberId, setMemberId] = useState<number | null>(null);
  const [status, setStatus] = useState<ActStatus>('absent');
  const [holderId, setHolderId] = useState<number | null>(null);
  const [basis, setBasis] = useState<WithdrawalBasis | null>(null);
  const [reason, setReason] = useState('');
  const [following, setFollowing] = useState(false);
  // The acts after this one, in the order of the séance: a member who leaves is out of all of them.
  const later = view.acts.slice(view.acts.findIndex((a) => a.number === act.number) + 1);
  const last = later.at(-1);
  const forLater = following && last !== undefined && status !== 'withdrawn';
  const { present, proxies } = actPresence(view, act);
  const candidates = memberId === null ? [] : holderCandidates(present, proxies, memberId);
  const errorOn = (field: string) => (props.error !== null && props.error.field === field ? props.error.message : null);
  const fieldError = errorOn('holderId') ?? errorOn('basis') ?? errorOn('memberId');

  return (
    <section aria-labelledby="act-panel-title" className="act-panel">
      <h3 id="act-panel-title">
        {act.number} — présences pour cet acte <span className="state">({act.state})</span>
      </h3>
      <p className="object">{act.object}</p>
      <QuorumIndicator label={`Acte ${act.number}`} counts={act.counts} quorum={act.quorum}>
        <div>
          Présidence : {act.presiding.name}, {act.presiding.quality}
        </div>
        {act.lapsed.length > 0 && <div>Procurations tombées (mandataire sorti) : {act.lapsed.join(', ')}.</div>}
      </QuorumIndicator>
      {!act.editable && <p className="field-hint">Cet acte a quitté le secrétariat : ses présences ne changent plus.</p>}

      {act.changes.length > 0 && (
        <table className="grid">
          <caption>Changements pour cet acte</caption>
          <thead>
            <tr>
              <th scope="col">Élu</th>
              <th scope="col">Pour cet acte</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {act.changes.map((c) => (
              <tr key={c.memberId}>
                <th scope="row">{nameOf.get(c.memberId)}</th>
                <td>
                  {ACT_STATUS_LABELS[c.status]}
                  {c.holderId !== null && `, procuration à ${nameOf.get(c.holderId) ?? ''}`}
                  {c.basis !== null && ` — ${WITHDRAWAL_BASIS_LABELS[c.basis]}`}
                  {c.reason !== null && ` : ${c.reason}`}
                </td>
                <td>
                  <Button
                    className="link"
                    isDisabled={!act.editable}
                    onPress={() => props.onChange({ memberId: c.memberId, status: 'session', holderId: null, basis: null, reason: null, following: false })}
                  >
                    Rétablir la présence de la séance pour {nameOf.get(c.memberId)}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <Form
        className="act-change"
        validationBehavior="aria"
        aria-label={`Changer une présence pour l'acte ${act.number}`}
        onSubmit={(e) => {
          e.preventDefault();
          if (memberId === null) return;
          props.onChange({
            memberId,
            status,
            holderId: status === 'absent' || status === 'excused' ? holderId : null,
            basis: status === 'withdrawn' ? basis : null,
            reason: status === 'withdrawn' ? reason.trim() || null : null,
            following: forLater,
          });
        }}
      >
        <Select
          label="Élu"
          value={memberId === null ? null : String(memberId)}
          options={view.members.map((m) => ({ id: String(m.id), label: m.name }))}
          onChange={(id) => {
            setMemberId(Number(id));
            setHolderId(null);
            // Another member's withdrawal has its own precision, never the previous member's.
            setReason('');
            props.onEdit();
          }}
          isDisabled={!act.editable}
        />
        <Select
          label="Pour cet acte"
          value={status}
          options={ACT_STATUSES.map((id) => ({ id, label: ACT_STATUS_LABELS[id] }))}
          onChange={(id) => {
            setStatus(id as ActStatus);
            // The Précision belongs to a withdrawal: hidden, it is no longer what the secretary sees and sends.
            if (id !== 'withdrawn') setReason('');
            props.onEdit();
          }}
          isDisabled={!act.editable}
        />
        {(status === 'absent' || status === 'excused') && (
          <Select
            label="Procuration à"
            value={holderId === null ? 'none' : String(holderId)}
            options={[{ id: 'none', label: 'Aucune procuration' }, ...candidates.map((id) => ({ id: String(id), label: nameOf.get(id) ?? '' }))]}
            onChange={(id) => {
              setHolderId(id === 'none' ? null : Number(id));
              props.onEdit();
            }}
            error={errorOn('holderId')}
            isDisabled={!act.editable || memberId === null}
          />
        )}
        {status === 'withdrawn' && (
          <>
            <Select
              label="Motif du retrait"
              value={basis}
              options={WITHDRAWAL_BASES.map((id) => ({ id, label: WITHDRAWAL_BASIS_LABELS[id] }))}
              onChange={(id) => {
                setBasis(id as WithdrawalBasis);
                props.onEdit();
              }}
              error={errorOn('basis')}
            />
            <TextField className="field" value={reason}
              onChange={(text) => {
                setReason(text);
                props.onEdit();
              }}
            >
              <Label>Précision (facultative)</Label>
              <Input />
            </TextField>
          </>
        )}
        {/* A withdrawal is one affair's: it is never carried to the next acts. */}
        {last !== undefined && status !== 'withdrawn' && (
          <Check isSelected={following} isDisabled={!act.editable} onChange={setFollowing}>
            {later.length === 1 ? `Et l'acte suivant (${last.number})` : `Et les actes suivants (${later[0]?.number ?? ''} à ${last.number})`}
          </Check>
        )}
        <Button type="submit" isDisabled={!act.editable || memberId === null}>
          {forLater ? `Appliquer de ${act.number} à ${last.number}` : `Appliquer à ${act.number}`}
        </Button>
      </Form>
      {props.error !== null && fieldError === null && (
        <p role="alert" className="field-error">
          {props.error.message}
        </p>
      )}

      <div className="presiding">
        <Select
          label={`Présidence de ${act.number}`}
          value={act.presidingOverrideId === null ? 'auto' : String(act.presidingOverrideId)}
          options={[
            { id: 'auto', label: 'Automatique : le président, sinon le premier vice-président présent' },
            ...present.filter((id) => qualityOf.get(id) != null).map((id) => ({ id: String(id), label: `${nameOf.get(id) ?? ''}, ${qualityOf.get(id) ?? ''}` })),
          ]}
          onChange={(id) => props.onPresiding(id === 'auto' ? null : Number(id))}
          error={errorOn('memberId')}
          isDisabled={!act.editable}
        />
      </div>
    </section>
  );
}
