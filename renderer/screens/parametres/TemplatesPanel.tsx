import { useEffect, useState } from 'react';
import { Button, FieldError, Form, Label, Text, TextArea, TextField } from 'react-aria-components';
import type { TemplateSummary, TemplateView } from '../../../shared/contract/contract';
import type { ContractClient } from '../../../shared/contract/client';
import { LEAVING_TEMPLATE, useLeaveGuard } from '../../app/leave-guard';
import { useScreenCommands, useShell } from '../../app/shell/shell-context';
import { Refused, Waiting } from '../../app/Status';
import type { Loaded } from '../../app/use-call';
import { useCall } from '../../app/use-call';
import { useGuardedMove } from '../../app/use-guarded-move';
import { Outcome } from './Fields';
import { useSave } from './use-save';

/** Modèles: the shipped templates; a custom version is kept in the register and can be undone. */
export function TemplatesPanel({ client }: { client: ContractClient }) {
  const list = useCall(client, 'templates:list', {});
  const [name, setName] = useState('extrait');
  const { go, dialog } = useGuardedMove(setName);
  if (list.state === 'loading') return <Waiting />;
  if (list.state === 'error') return <Refused error={list.error} />;
  return (
    <div className="settings-templates">
      <nav aria-label="Modèles">
        <ul className="settings-template-list">
          {list.value.map((t) => (
            <li key={t.name}>
              <Button className="link" aria-current={t.name === name ? 'true' : undefined} onPress={() => t.name !== name && go(t.name)}>
                {t.title}
              </Button>
              {t.custom && <span className="settings-badge"> (personnalisé)</span>}
            </li>
          ))}
        </ul>
      </nav>
      <TemplateEditor key={name} client={client} name={name} />
      {dialog}
    </div>
  );
}

function TemplateEditor({ client, name }: { client: ContractClient; name: string }) {
  const [loaded, setLoaded] = useState<Loaded<TemplateView>>({ state: 'loading' });
  const [text, setText] = useState('');
  const save = useSave(['text'], () => 'text');
  useEffect(() => {
    void client.call('template:show', { name }).then((reply) => {
      setLoaded(reply.ok ? { state: 'ok', value: reply.value } : { state: 'error', error: reply.error });
      if (reply.ok) setText(reply.value.text);
    });
  }, [client, name]);
  const { reportSaveState } = useShell();
  const done = (v: TemplateView) => (setLoaded({ state: 'ok', value: v }), setText(v.text));
  const edited = loaded.state === 'ok' && text !== loaded.value.text ? loaded.value : null;
  const submit = () => {
    if (edited === null) return reportSaveState('Tout est déjà enregistré.');
    void save.run(() => client.call('template:save', { name, text }), () => `Modèle « ${edited.title} » enregistré dans le registre.`, done);
  };
  // The toolbar's « Enregistrer » (Ctrl+S) saves the template as its own button does; leaving it edited asks first.
  useScreenCommands({ save: submit });
  const refusal = save.errors['text'] ?? save.general;
  useLeaveGuard(
    edited === null ? null : `Le modèle « ${edited.title} » est modifié et n'est pas enregistré${refusal === null || refusal === undefined ? '.' : ` : ${refusal}`}`,
    LEAVING_TEMPLATE,
  );
  if (loaded.state === 'loading') return <Waiting />;
  if (loaded.state === 'error') return <Refused error={loaded.error} />;
  const t = loaded.value;
  return (
    <Form
      className="settings-template"
      aria-labelledby="template-title"
      validationBehavior="aria"
      validationErrors={save.errors}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2 id="template-title">{t.title}</h2>
      <p>
        {t.purpose} {t.custom ? 'Version personnalisée, conservée dans le registre.' : "Modèle d'origine de l'application."}
      </p>
      <div className="settings-columns">
        <TextField name="text" value={text} onChange={(v) => (save.edited(), setText(v))} className="settings-field settings-editor">
          <Label>Texte du modèle « {t.title} »</Label>
          <TextArea rows={28} spellCheck={false} />
          <Text slot="description">Chaque bloc commence par une ligne « @directive » ; « # » commente une ligne ; {'{champ}'} est remplacé par sa valeur.</Text>
          <FieldError className="error" />
        </TextField>
        <Placeholders template={t} />
      </div>
      <div className="actions">
        <Button type="submit" isDisabled={save.busy}>
          Enregistrer
        </Button>
        <Button
          isDisabled={save.busy || !t.custom}
          onPress={() => void save.run(() => client.call('template:reset', { name }), () => `Modèle « ${t.title} » revenu au modèle d'origine.`, done)}
        >
          Revenir au modèle d'origine
        </Button>
      </div>
      <Outcome state={save} />
    </Form>
  );
}

function Placeholders({ template }: { template: TemplateSummary }) {
  return (
    <aside className="settings-placeholders" aria-labelledby="placeholders-title">
      <h3 id="placeholders-title">Champs permis</h3>
      <dl>
        {template.texts.map((p) => (
          <div key={p.name}>
            <dt>
              <code>{`{${p.name}}`}</code>
            </dt>
            <dd>{p.description}</dd>
          </div>
        ))}
      </dl>
      {template.lists.length > 0 && (
        <>
          <h3>Listes (pour @pour-chaque, @lignes…)</h3>
          <dl>
            {template.lists.map((p) => (
              <div key={p.name}>
                <dt>
                  <code>{p.name}</code>
                </dt>
                <dd>{p.description}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </aside>
  );
}
