import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { ContractClient } from '../../../shared/contract/client';
import type { CtesTransmissionSettings } from '../../../shared/rules/ctes-envelope';
import { Field, Outcome } from './Fields';
import { useSave } from './use-save';

const FIELDS = ['arrondissement', 'collectivityNature', 'referentName', 'referentTelephone', 'referentEmail'] as const;

/** Transmission @ctes: who sends, as the envelope of each archive names the collectivité and its référent. */
export function CtesTransmissionForm({ client, initial }: { client: ContractClient; initial: CtesTransmissionSettings }) {
  const [values, setValues] = useState<Record<(typeof FIELDS)[number], string>>(() => Object.fromEntries(FIELDS.map((f) => [f, initial[f] ?? ''])) as Record<(typeof FIELDS)[number], string>);
  const save = useSave(FIELDS);
  const set = (f: (typeof FIELDS)[number]) => (v: string) => (save.edited(), setValues((s) => ({ ...s, [f]: v })));
  return (
    <Form
      className="settings-form"
      aria-labelledby="ctes-transmission-title"
      validationBehavior="aria"
      validationErrors={save.errors}
      onSubmit={(e) => {
        e.preventDefault();
        const input = Object.fromEntries(FIELDS.map((f) => [f, values[f].trim() === '' ? null : values[f]])) as unknown as CtesTransmissionSettings;
        void save.run(() => client.call('ctes-transmission:save', input), () => 'Paramètres de transmission @ctes enregistrés.');
      }}
    >
      <h2 id="ctes-transmission-title">Transmission @ctes</h2>
      <p>
        L’enveloppe de chaque archive @ctes (registre ctes … --archive) désigne la collectivité par son SIREN, son département, son arrondissement et sa nature
        @ctes, et donne l’adresse à laquelle la préfecture répond. Ces trois éléments sont obligatoires pour produire les archives.
      </p>
      <Field name="arrondissement" label="Arrondissement" description="Un chiffre : l’arrondissement de la collectivité (1 pour celui du chef-lieu)." value={values.arrondissement} onChange={set('arrondissement')} size={2} />
      <Field name="collectivityNature" label="Nature @ctes de la collectivité" description="Deux chiffres, tels que la préfecture les a communiqués." value={values.collectivityNature} onChange={set('collectivityNature')} size={3} />
      <Field name="referentName" label="Nom du référent" value={values.referentName} onChange={set('referentName')} size={40} />
      <Field name="referentTelephone" label="Téléphone du référent" value={values.referentTelephone} onChange={set('referentTelephone')} size={20} />
      <Field name="referentEmail" label="Courriel du référent" description="Aussi l’adresse de retour des messages de la préfecture." value={values.referentEmail} onChange={set('referentEmail')} size={40} />
      <div className="actions">
        <Button type="submit" isDisabled={save.busy}>
          Enregistrer la transmission @ctes
        </Button>
      </div>
      <Outcome state={save} />
    </Form>
  );
}
