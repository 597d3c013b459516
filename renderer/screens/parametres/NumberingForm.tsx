import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { NumberingView } from '../../../shared/contract/contract';
import type { ContractClient } from '../../../shared/contract/client';
import { AppError } from '../../../shared/domain/errors';
import { expandInternalNumber } from '../../../shared/rules/internal-number';
import { longDate } from '../../../shared/rules/french-dates';
import { Field, Outcome } from './Fields';
import { useSave } from './use-save';

/** The example the pattern being typed gives, or the rule it breaks: the same rule main applies on save. */
function preview(pattern: string, context: NumberingView['context']): { example: string | null; problem: string | null } {
  try {
    return { example: expandInternalNumber(pattern, context), problem: null };
  } catch (e) {
    return { example: null, problem: e instanceof AppError ? e.message : String(e) };
  }
}

/** Numérotation: the pattern of @ctes internal numbers, with the next number it would give. */
export function NumberingForm({ client, initial }: { client: ContractClient; initial: NumberingView }) {
  const [view, setView] = useState(initial);
  const [pattern, setPattern] = useState(initial.pattern);
  const save = useSave(['pattern'], (f) => (f === 'internalNumberPattern' ? 'pattern' : f));
  const live = preview(pattern, view.context);
  const c = view.context;
  return (
    <Form
      className="settings-form"
      aria-labelledby="numbering-title"
      validationBehavior="aria"
      validationErrors={save.errors}
      onSubmit={(e) => {
        e.preventDefault();
        void save.run(() => client.call('numbering:save', { pattern }), (v) => `Modèle de numéro enregistré : le prochain numéro sera ${v.example}.`, setView);
      }}
    >
      <h2 id="numbering-title">Numéro interne @ctes</h2>
      <p>
        Le numéro interne des actes transmis au contrôle de légalité. Jetons : {'{AAAA}'} {'{AA}'} {'{MM}'} {'{JJ}'} (date de la séance), {'{ORGANE}'} (CP ou CD),{' '}
        {'{SERIE}'} (lettre de série), {'{NUM}'} ou {'{NUM:n}'} (numéro de l'acte), {'{SEQ:n}'} (compteur de la collectivité) ; ailleurs, lettres majuscules, chiffres
        et _. 15 caractères au plus. Les actes déjà numérotés gardent leur numéro.
      </p>
      <Field name="pattern" label="Modèle de numéro interne" value={pattern} onChange={(v) => (save.edited(), setPattern(v))} size={40} isRequired />
      <p role="status" aria-live="polite" className={live.problem === null ? 'settings-example' : 'error'}>
        {live.example !== null
          ? `Exemple : l'acte ${c.series}${c.actNumber} de la séance ${c.body} du ${longDate(c.decisionDate)} recevrait le numéro ${live.example}.`
          : live.problem}
      </p>
      <div className="actions">
        <Button type="submit" isDisabled={save.busy}>
          Enregistrer le modèle de numéro
        </Button>
      </div>
      <Outcome state={save} />
    </Form>
  );
}
