import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { BodyView } from '../../../shared/contract/contract';
import type { ContractClient } from '../../../shared/contract/client';
import type { BodyCode } from '../../../shared/domain/body';
import { BODY_CODES, BODY_DEFAULTS } from '../../../shared/domain/body';
import { Field, Outcome } from './Fields';
import { useSave } from './use-save';
import { counted } from '../../../shared/rules/plural';


/** Organes: both bodies, the one the register lacks offered with its defaults. */
export function BodiesPanel({ client, bodies, saved }: { client: ContractClient; bodies: BodyView[]; saved: () => void }) {
  return (
    <>
      {BODY_CODES.map((code) => {
        const body = bodies.find((b) => b.code === code);
        return <BodyForm key={code} client={client} code={code} initial={body ?? null} saved={saved} />;
      })}
    </>
  );
}

function BodyForm({ client, code, initial, saved }: { client: ContractClient; code: BodyCode; initial: BodyView | null; saved: () => void }) {
  const d = BODY_DEFAULTS[code];
  const [value, setValue] = useState(initial ?? { code, name: d.name, heading: d.heading, assembly: d.assembly, series: d.series, acts: 0 });
  const save = useSave(['name', 'heading', 'assembly', 'series']);
  const set = (key: 'name' | 'heading' | 'assembly' | 'series') => (v: string) => (save.edited(), setValue({ ...value, [key]: v }));
  const titleId = `body-${code}-title`;
  return (
    <Form
      className="settings-form"
      aria-labelledby={titleId}
      validationBehavior="aria"
      validationErrors={save.errors}
      onSubmit={(e) => {
        e.preventDefault();
        const { name, heading, assembly, series } = value;
        void save.run(() => client.call('body:save', { body: code, name, heading, assembly, series }), () => `Organe ${code} enregistré.`, (b) => (setValue(b), saved()));
      }}
    >
      <h2 id={titleId}>{d.label} ({code})</h2>
      {initial === null && <p>Cet organe n'est pas encore dans le registre : vérifiez les valeurs proposées puis enregistrez-le.</p>}
      <Field name="name" label="Nom de l'organe" value={value.name} onChange={set('name')} size={60} isRequired />
      <Field name="heading" label="Intitulé en tête de l'extrait" value={value.heading} onChange={set('heading')} size={40} isRequired />
      <Field name="assembly" label="Sujet de la phrase d'examen" value={value.assembly} onChange={set('assembly')} size={60} isRequired />
      <Field
        name="series"
        label="Lettre de série des numéros d'actes"
        value={value.series}
        onChange={set('series')}
        size={2}
        isRequired
        description={value.acts > 0 ? `Figée : ${counted(value.acts, 'acte déjà numéroté', 'actes déjà numérotés')} avec cette lettre.` : 'Une lettre de A à Z, propre à cet organe.'}
      />
      <div className="actions">
        <Button type="submit" isDisabled={save.busy}>
          Enregistrer l'organe {code}
        </Button>
      </div>
      <Outcome state={save} />
    </Form>
  );
}
