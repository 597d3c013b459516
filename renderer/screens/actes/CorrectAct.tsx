import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { ContractClient } from '../../../shared/contract/client';
import type { BodyCode } from '../../../shared/domain/body';
import { bodyLabel } from '../../../shared/domain/body';
import { longDate } from '../../../shared/rules/french-dates';
import { useCall } from '../../app/use-call';
import { Select } from '../../ui/Select';

/**
 * « Corriger par un nouvel acte », on the screen of an act that has left the secretariat: the new
 * act, prefilled from it and citing it, goes into the session the secretary chooses (on or after
 * this act's), then opens in the editor.
 */
export function CorrectAct(props: { client: ContractClient; body: BodyCode; date: string; act: string; open: (body: BodyCode, date: string, act: string) => void }) {
  const { client, body, date, act } = props;
  const sessions = useCall(client, 'sessions:list', {});
  const [into, setInto] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (sessions.state !== 'ok') return null;
  const options = sessions.value
    .filter((s) => s.date >= date)
    .map((s) => ({ id: `${s.body}:${s.date}`, label: `${bodyLabel(s.body)} du ${longDate(s.date)}` }));
  return (
    <div className="inline-form correct-act">
      <Select label="Séance du nouvel acte" options={options} value={into} onChange={setInto} error={error} />
      <Button
        isDisabled={into === null}
        onPress={() => {
          if (into === null) return;
          const [intoBody, intoDate] = into.split(':') as [BodyCode, string];
          void client.call('act:correct', { body, date, act, into: { body: intoBody, date: intoDate } }).then((r) => {
            if (!r.ok) return setError(r.error.message);
            props.open(r.value.body, r.value.date, r.value.number);
          });
        }}
      >
        Corriger par un nouvel acte
      </Button>
    </div>
  );
}
