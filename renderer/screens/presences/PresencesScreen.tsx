import { useState } from 'react';
import type { ContractClient } from '../../../shared/contract/client';
import type { Channel, Input } from '../../../shared/contract/contract';
import type { AppErrorInfo } from '../../../shared/domain/errors';
import type { BodyCode } from '../../../shared/domain/body';
import { Refused, Waiting } from '../../app/Status';
import { useLiveCall } from '../../app/use-call';
import { QuorumIndicator } from '../../ui/QuorumIndicator';
import { Select } from '../../ui/Select';
import type { ActChange } from './ActPanel';
import { ActPanel } from './ActPanel';
import type { SessionStatus } from '../../../shared/domain/attendance';
import { SessionGrid } from './SessionGrid';
import './presences.css';

type AttendanceChannel = Extract<Channel, 'attendance:set' | 'act-attendance:set' | 'act:presiding'>;

/**
 * Présences: the session default (presence and procurations of every member) and, act by act,
 * who steps out, comes back or withdraws and who presides. Every change is saved at once, in one
 * transaction, and answers with the recomputed quorum — or with the rule it breaks, shown next to
 * the field, the register unchanged.
 */
export function PresencesScreen(props: { client: ContractClient; body: BodyCode; date: string }) {
  const { client, body, date } = props;
  const { loaded, replace } = useLiveCall(client, 'attendance:get', { body, date }, { followsOthers: true });
  const [rowError, setRowError] = useState<{ memberId: number; message: string } | null>(null);
  const [actError, setActError] = useState<{ field: string | undefined; message: string } | null>(null);
  const [actNumber, setActNumber] = useState<string | null>(null);

  const change = async <C extends AttendanceChannel>(channel: C, input: Input<C>, onError: (error: AppErrorInfo) => void) => {
    const reply = await client.call(channel, input);
    if (reply.ok) {
      replace(reply.value);
      setRowError(null);
      setActError(null);
    } else onError(reply.error);
  };

  if (loaded.state === 'error') return <Refused error={loaded.error} />;
  if (loaded.state === 'loading') return <Waiting />;
  const view = loaded.value;
  const act = view.acts.find((a) => a.number === actNumber) ?? view.acts[0];

  return (
    <section aria-labelledby="presences-title" className="presences">
      <h2 id="presences-title">Présences</h2>
      <QuorumIndicator label="Séance (avant les changements par acte)" counts={view.session.counts} quorum={view.session.quorum} />
      {!view.editable && (
        <p className="field-hint">
          Des actes de cette séance ont quitté le secrétariat (transmis, exécutoires ou signés) : les présences de la séance ne changent plus.
        </p>
      )}
      <div className="presences-columns">
        <SessionGrid
          view={view}
          error={rowError}
          onChange={(memberId: number, status: SessionStatus, holderId: number | null) =>
            void change('attendance:set', { body, date, memberId, status, holderId }, (e) => setRowError({ memberId, message: e.message }))
          }
        />
        <div className="presences-act">
          {act === undefined ? (
            <p>Cette séance n'a pas encore d'acte : ajoutez-les dans l'ordre du jour.</p>
          ) : (
            <>
              <Select
                label="Acte"
                value={act.number}
                options={view.acts.map((a) => ({ id: a.number, label: `${a.number} — ${a.object.slice(0, 70)}${a.object.length > 70 ? '…' : ''}` }))}
                onChange={(number) => {
                  setActNumber(number);
                  setActError(null);
                }}
              />
              <ActPanel
                key={act.number}
                view={view}
                act={act}
                error={actError}
                onEdit={() => setActError(null)}
                onChange={(c: ActChange) =>
                  void change('act-attendance:set', { body, date, act: act.number, ...c }, (e) => setActError({ field: e.field, message: e.message }))
                }
                onPresiding={(memberId) =>
                  void change('act:presiding', { body, date, act: act.number, memberId }, (e) => setActError({ field: 'memberId', message: e.message }))
                }
              />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
