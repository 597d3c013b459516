import { useEffect, useState } from 'react';
import { Button, Form, Input, Label, Text, TextField } from 'react-aria-components';
import type { ContractClient } from '../../../shared/contract/client';
import type { MemberInOfficeView } from '../../../shared/contract/contract';
import type { BodyCode } from '../../../shared/domain/body';
import { messagesByField } from '../../../shared/domain/errors';
import { BODIES } from '../../../shared/domain/body';
import { Select } from '../../ui/Select';
import './new-session.css';
import { counted } from '../../../shared/rules/plural';

const BODY_CHOICES = BODIES.map((b) => ({ id: b.code, label: b.label }));

/** The extract prints the place after « à » (« s'est tenue à 11h00 à Toulon »). */
export const PLACE_HINT = 'Imprimé après « à » : « Toulon », « l’Hôtel du Département, Toulon ».';

function Field(props: { name: string; label: string; value: string; onChange: (v: string) => void; type?: string; error: string | undefined; hint?: string }) {
  return (
    <TextField name={props.name} className="field" value={props.value} onChange={props.onChange} type={props.type ?? 'text'} isInvalid={props.error !== undefined}>
      <Label>{props.label}</Label>
      <Input />
      {props.hint !== undefined && (
        <Text slot="description" className="field-hint">
          {props.hint}
        </Text>
      )}
      {props.error !== undefined && (
        <Text slot="errorMessage" className="field-error">
          {props.error}
        </Text>
      )}
    </TextField>
  );
}

/** « Nouvelle séance »: body, date, time, place and président, chosen among the members in office that day. */
export function NewSessionForm(props: { client: ContractClient; created: (body: BodyCode, date: string) => void; title?: string; submit?: string }) {
  const { client } = props;
  const [body, setBody] = useState<BodyCode>('CP');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('10:00');
  const [place, setPlace] = useState('');
  const [presidentId, setPresidentId] = useState<number | null>(null);
  const [members, setMembers] = useState<MemberInOfficeView[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  /** A changed field drops its refusal (and the general one): the next submit is judged afresh. */
  const changed = (field: string, set: (value: string) => void) => (value: string) => {
    set(value);
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== field && k !== 'general')));
  };

  const dateGiven = /^\d{4}-\d{2}-\d{2}$/.test(date);
  useEffect(() => {
    if (!dateGiven) return setMembers([]);
    let current = true;
    void client.call('members:in-office', { body, date }).then((r) => {
      if (!current) return;
      setMembers(r.ok ? r.value : []);
      // An impossible date (31 février) is the date's fault, not the président's.
      if (!r.ok) setErrors((e) => ({ ...e, date: r.error.message }));
      const president = r.ok ? r.value.find((m) => m.quality?.startsWith('Président')) : undefined;
      setPresidentId(president?.id ?? null);
    });
    return () => {
      current = false;
    };
  }, [client, body, date, dateGiven]);

  return (
    <Form
      className="new-session"
      validationBehavior="aria"
      aria-labelledby="new-session-title"
      onSubmit={(e) => {
        e.preventDefault();
        // Sent even without a président: every refused field is then named at once (a date left
        // empty, an hour of 25:70, no place), each under its own field.
        void client.call('session:create', { body, date, time, place, presidentId: presidentId ?? 0 }).then((r) => {
          if (r.ok) return props.created(r.value.body, r.value.date);
          // Each message under its field is a sentence, with its full stop.
          const issues = (r.error.issues ?? [{ field: r.error.field ?? '', message: r.error.message }]).map((i) => ({
            field: i.field === 'session.date' ? 'date' : i.field,
            message: /[.!?]$/u.test(i.message) ? i.message : `${i.message}.`,
          }));
          const byField = messagesByField({ ...r.error, issues }, ['date', 'time', 'place', 'presidentId']);
          if (presidentId === null) {
            // No one to choose before a date is given: the date's refusal says it; otherwise the choice is asked for.
            if (byField['date'] !== undefined || errors['date'] !== undefined) delete byField['presidentId'];
            else byField['presidentId'] = 'Président de séance : choisissez-le parmi les membres en exercice.';
          }
          setErrors({ ...(errors['date'] !== undefined && byField['date'] === undefined ? { date: errors['date'] } : {}), ...byField });
        });
      }}
    >
      <h2 id="new-session-title">{props.title ?? 'Nouvelle séance'}</h2>
      <div className="inline-form">
        <Select label="Organe" value={body} options={BODY_CHOICES} onChange={changed('body', (id) => setBody(id as BodyCode))} />
        <Field name="date" label="Date" type="date" value={date} onChange={changed('date', setDate)} error={errors['date']} />
        <Field name="time" label="Heure" value={time} onChange={changed('time', setTime)} error={errors['time']} hint="HH:MM" />
        <Field name="place" label="Lieu" value={place} onChange={changed('place', setPlace)} error={errors['place']} hint={PLACE_HINT} />
        <Select
          // Before a date, « 0 membre en exercice » read as an empty register: the members are those in office that day.
          label={`Président de séance (${dateGiven ? counted(members.length, 'membre en exercice', 'membres en exercice') : 'choisissez d’abord le jour'})`}
          value={presidentId === null ? null : String(presidentId)}
          options={members.map((m) => ({ id: String(m.id), label: m.quality === null ? m.name : `${m.name}, ${m.quality}` }))}
          onChange={changed('presidentId', (id) => setPresidentId(Number(id)))}
          error={errors['presidentId'] ?? null}
          isDisabled={members.length === 0}
        />
        <Button type="submit">{props.submit ?? 'Créer la séance'}</Button>
      </div>
      {(errors['general'] ?? errors['certifier']) !== undefined && (
        <p role="alert" className="field-error">
          {errors['general'] ?? errors['certifier']}
        </p>
      )}
    </Form>
  );
}
