import { Input, Label, TextField } from 'react-aria-components';
import type { VoteView } from '../../../shared/contract/contract';
import { Select } from '../../ui/Select';

const KINDS = [
  { id: 'pending', label: 'Vote à venir (projet)' },
  { id: 'unanimity', label: "Adopté à l'unanimité" },
  { id: 'majority', label: 'Adopté à la majorité' },
  { id: 'rejected', label: 'Rejeté' },
] as const;
const BALLOTS = [
  { id: 'show-of-hands', label: 'à main levée' },
  { id: 'public', label: 'scrutin public' },
  { id: 'secret', label: 'scrutin secret' },
] as const;
const COUNTS = [
  ['for', 'Pour'],
  ['against', 'Contre'],
  ['abstentions', 'Abstentions'],
  ['notVoting', 'Ne prennent pas part'],
] as const;

/** The vote of the act: its result and, unless unanimous, the counts and the kind of ballot. */
export function VoteFields(props: { vote: VoteView; voters: number; onChange: (vote: VoteView) => void; error: string | null; isReadOnly: boolean }) {
  const v = props.vote;
  const counted = v.kind === 'majority' || v.kind === 'rejected' ? v : null;
  return (
    <fieldset className="vote">
      <legend>Vote ({props.voters} votants : présents et représentés)</legend>
      <Select
        label="Résultat"
        value={v.kind}
        options={KINDS}
        isDisabled={props.isReadOnly}
        error={counted === null ? props.error : null}
        onChange={(kind) => {
          if (kind === 'pending' || kind === 'unanimity') return props.onChange({ kind });
          const base = counted ?? { ballot: 'show-of-hands' as const, for: props.voters, against: 0, abstentions: 0, notVoting: 0, names: null };
          props.onChange({ ...base, kind: kind as 'majority' | 'rejected' });
        }}
      />
      {counted !== null && (
        <div className="inline-form">
          <Select label="Scrutin" value={counted.ballot} options={BALLOTS} isDisabled={props.isReadOnly} onChange={(ballot) => props.onChange({ ...counted, ballot: ballot as typeof counted.ballot })} />
          {COUNTS.map(([key, label]) => (
            <TextField
              key={key}
              className="field count"
              type="number"
              inputMode="numeric"
              isReadOnly={props.isReadOnly}
              isInvalid={props.error !== null}
              value={String(counted[key])}
              onChange={(text) => props.onChange({ ...counted, [key]: Math.max(0, Math.trunc(Number(text) || 0)) })}
            >
              <Label>{label}</Label>
              <Input min={0} />
            </TextField>
          ))}
        </div>
      )}
      {counted !== null && props.error !== null && (
        <p role="alert" className="field-error">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
