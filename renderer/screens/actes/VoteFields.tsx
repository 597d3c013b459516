import { useEffect, useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import type { VoteView } from '../../../shared/contract/contract';
import type { Outcome } from '../../../shared/domain/outcome';
import { ballotNameIssues, voteSumIssue } from '../../../shared/rules/ballot';
import { counted as countedNoun } from '../../../shared/rules/plural';
import { Select } from '../../ui/Select';
import { readVoteCount } from './vote-count';

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

const NAMED = [
  ['against', 'Ont voté contre'],
  ['abstentions', 'Se sont abstenus'],
  ['notVoting', 'Ne prennent pas part au vote'],
] as const;

type CountKey = (typeof COUNTS)[number][0];

type Names = { against: number[]; abstentions: number[]; notVoting: number[] };

/** The members named in one column of a public ballot: the chosen, each removable, and a list to add one. */
function NamesField(props: { label: string; members: { id: number; name: string }[]; chosen: number[]; onChange: (ids: number[]) => void; isReadOnly: boolean }) {
  const nameOf = new Map(props.members.map((m) => [m.id, m.name]));
  return (
    <fieldset className="names">
      <legend>
        {props.label} ({props.chosen.length})
      </legend>
      <ul>
        {props.chosen.map((id) => (
          <li key={id}>
            {nameOf.get(id)}{' '}
            <Button className="link" isDisabled={props.isReadOnly} onPress={() => props.onChange(props.chosen.filter((x) => x !== id))}>
              Retirer {nameOf.get(id)}
            </Button>
          </li>
        ))}
      </ul>
      <Select
        label={`Ajouter : ${props.label.toLowerCase()}`}
        value={null}
        isDisabled={props.isReadOnly}
        options={props.members.filter((m) => !props.chosen.includes(m.id)).map((m) => ({ id: String(m.id), label: m.name }))}
        onChange={(id) => props.onChange([...props.chosen, Number(id)])}
      />
    </fieldset>
  );
}

/** What the register will say of the vote as it stands, by the same rules as the service: the sum, then the names. */
function liveIssue(v: VoteView, voterIds: number[], nameOf: (id: number) => string): string | null {
  if (v.kind === 'pending' || v.kind === 'unanimity') return null;
  const outcome: Outcome = { kind: v.kind, ballot: v.ballot, names: v.names, votes: { for: v.for, against: v.against, abstentions: v.abstentions, notVoting: v.notVoting } };
  const [named] = v.ballot === 'public' && v.names !== null ? ballotNameIssues(v.names, new Set(voterIds), nameOf) : [];
  return named?.message ?? voteSumIssue(outcome, voterIds.length);
}

/**
 * The vote of the act: its result and, unless unanimous, the counts and the kind of ballot; a
 * public ballot names who voted against, abstained or took no part (CGCT L3121-15), chosen among
 * the act's voters only. What the register would refuse is said beside the fields as they change.
 */
export function VoteFields(props: {
  vote: VoteView;
  voters: number;
  /** The act's voters (present or represented): the only members a public ballot may name. */
  voterIds: number[];
  members: { id: number; name: string }[];
  onChange: (vote: VoteView) => void;
  /** A count typed that cannot be read (« -1 »): its refusal, or null — not saved, so the editor says so. */
  onUnread: (refusal: string | null) => void;
  error: string | null;
  isReadOnly: boolean;
}) {
  const v = props.vote;
  const counted = v.kind === 'majority' || v.kind === 'rejected' ? v : null;
  const nameOf = new Map(props.members.map((m) => [m.id, m.name]));
  const voters = props.members.filter((m) => props.voterIds.includes(m.id));
  // A count the register cannot read stays in its field as typed, refused, and the vote keeps its last good count.
  const [typed, setTyped] = useState<Partial<Record<CountKey, string>>>({});
  const unread = COUNTS.map(([key, label]) => (typed[key] === undefined ? null : readVoteCount(label, typed[key]))).find((r) => r !== null && 'refusal' in r);
  const unreadRefusal = unread !== undefined && unread !== null && 'refusal' in unread ? unread.refusal : null;
  const { onUnread } = props;
  useEffect(() => onUnread(unreadRefusal), [onUnread, unreadRefusal]);
  const message = unreadRefusal ?? props.error ?? liveIssue(v, props.voterIds, (id) => nameOf.get(id) ?? `l'élu n° ${id}`);
  return (
    <fieldset className="vote">
      <legend>Vote ({countedNoun(props.voters, 'votant', 'votants')} : présents et représentés)</legend>
      <Select
        label="Résultat"
        value={v.kind}
        options={KINDS}
        isDisabled={props.isReadOnly}
        error={counted === null ? props.error : null}
        onChange={(kind) => {
          setTyped({});
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
              inputMode="numeric"
              isReadOnly={props.isReadOnly}
              isInvalid={message !== null}
              value={typed[key] ?? String(counted[key])}
              onChange={(text) => {
                const read = readVoteCount(label, text);
                if ('refusal' in read) return setTyped({ ...typed, [key]: text });
                const { [key]: _read, ...others } = typed;
                setTyped(others);
                props.onChange({ ...counted, [key]: read.count });
              }}
            >
              <Label>{label}</Label>
              <Input />
            </TextField>
          ))}
        </div>
      )}
      {counted !== null && counted.ballot === 'public' && (
        <div className="public-names">
          {NAMED.map(([key, label]) => {
            const names: Names = counted.names ?? { against: [], abstentions: [], notVoting: [] };
            return (
              <NamesField
                key={key}
                label={label}
                members={voters.filter((m) => names[key].includes(m.id) || !Object.values(names).flat().includes(m.id))}
                chosen={names[key]}
                isReadOnly={props.isReadOnly}
                onChange={(ids) => props.onChange({ ...counted, names: { ...names, [key]: ids } })}
              />
            );
          })}
        </div>
      )}
      <p role="alert" className="field-error reserved">
        {counted !== null ? message : null}
      </p>
    </fieldset>
  );
}
