import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { SignatoryView } from '../../../shared/contract/contract';
import type { ContractClient } from '../../../shared/contract/client';
import { bodyLabel } from '../../../shared/domain/body';
import { Field, Outcome } from './Fields';
import { useSave } from './use-save';

const SOURCES: Record<SignatoryView['source'], string> = {
  settings: 'Enregistré dans les paramètres.',
  session: 'Repris de la dernière séance de cet organe ; enregistrez-le pour le fixer.',
  none: 'Aucun signataire par défaut pour cet organe.',
};

/**
 * Signataires: the default certification block of each body (« Pour le Président…, la directrice
 * générale des services, Nom »). A session keeps its own copy; this is the default of new ones.
 */
export function SignatoriesPanel({ client, signatories, saved }: { client: ContractClient; signatories: SignatoryView[]; saved: () => void }) {
  return (
    <>
      <p>
        Le bloc de certification qui clôt chaque extrait. Chaque séance garde le sien : le changer ici vaut pour les séances créées ensuite, jamais pour un extrait
        déjà produit. Une délégation de signature se déclare au moment de signer.
      </p>
      {signatories.length === 0 && <p>Enregistrez d'abord un organe.</p>}
      {signatories.map((s) => (
        <SignatoryForm key={s.body} client={client} initial={s} saved={saved} />
      ))}
    </>
  );
}

function SignatoryForm({ client, initial, saved }: { client: ContractClient; initial: SignatoryView; saved: () => void }) {
  const [value, setValue] = useState(initial);
  const save = useSave(['formula', 'quality', 'name']);
  const set = (key: 'formula' | 'quality' | 'name') => (v: string) => (save.edited(), setValue({ ...value, [key]: v }));
  const titleId = `signatory-${initial.body}-title`;
  return (
    <Form
      className="settings-form"
      aria-labelledby={titleId}
      validationBehavior="aria"
      validationErrors={save.errors}
      onSubmit={(e) => {
        e.preventDefault();
        const { body, formula, quality, name } = value;
        void save.run(() => client.call('signatory:save', { body, formula, quality, name }), () => `Signataire de l'organe ${body} enregistré.`, (v) => (setValue(v), saved()));
      }}
    >
      <h2 id={titleId}>Signataire par défaut — {bodyLabel(initial.body)}</h2>
      <p className="settings-note">{SOURCES[value.source]}</p>
      <Field name="formula" label="Formule" value={value.formula} onChange={set('formula')} size={60} isRequired />
      <Field name="quality" label="Qualité du signataire" value={value.quality} onChange={set('quality')} size={60} isRequired />
      <Field name="name" label="Nom du signataire" value={value.name} onChange={set('name')} size={40} isRequired />
      <div className="actions">
        <Button type="submit" isDisabled={save.busy}>
          Enregistrer le signataire {initial.body}
        </Button>
      </div>
      <Outcome state={save} />
    </Form>
  );
}
