import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { CollectivityView } from '../../../shared/contract/contract';
import type { ContractClient } from '../../../shared/contract/client';
import { Field, Outcome } from './Fields';
import { useSave } from './use-save';

const EMPTY: CollectivityView = { name: '', departmentCode: '', siren: '', siret: null, websiteLabel: '' };

/** Collectivité: name, département code, SIREN and SIRET, as @ctes identifiers, the extracts and open data print them. */
export function CollectivityForm({ client, initial, saved }: { client: ContractClient; initial: CollectivityView | null; saved: () => void }) {
  const [value, setValue] = useState<CollectivityView>(initial ?? EMPTY);
  const save = useSave(['name', 'departmentCode', 'siren', 'siret', 'websiteLabel']);
  const set = (key: keyof CollectivityView) => (v: string) => (save.edited(), setValue({ ...value, [key]: v }));
  return (
    <Form
      className="settings-form"
      aria-labelledby="collectivity-title"
      validationBehavior="aria"
      validationErrors={save.errors}
      onSubmit={(e) => {
        e.preventDefault();
        void save.run(() => client.call('collectivity:save', value), () => 'Collectivité enregistrée.', (v) => (setValue(v), saved()));
      }}
    >
      <h2 id="collectivity-title">Collectivité</h2>
      <Field name="name" label="Nom de la collectivité" value={value.name} onChange={set('name')} size={40} isRequired />
      <Field name="departmentCode" label="Code département" value={value.departmentCode} onChange={set('departmentCode')} size={4} description="Trois caractères, par exemple 083, 02A ou 974." isRequired />
      <Field name="siren" label="SIREN" value={value.siren} onChange={set('siren')} size={12} description="Neuf chiffres ; la clé de contrôle est vérifiée." isRequired />
      <Field name="siret" label="SIRET" value={value.siret ?? ''} onChange={set('siret')} size={18} description="Quatorze chiffres commençant par le SIREN (siège de la collectivité) ; il remplit la colonne COLL_SIRET des données ouvertes." />
      <Field name="websiteLabel" label="Site de publication" value={value.websiteLabel} onChange={set('websiteLabel')} size={50} description="Tel que l'extrait l'imprime : « site internet du Département du Var »." isRequired />
      <div className="actions">
        <Button type="submit" isDisabled={save.busy}>
          Enregistrer la collectivité
        </Button>
      </div>
      <Outcome state={save} />
    </Form>
  );
}
