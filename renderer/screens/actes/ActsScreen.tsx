import { useState } from 'react';
import { Button, Form, Input, Label, TextField, Text } from 'react-aria-components';
import type { ContractClient } from '../../../shared/contract/client';
import type { BodyCode } from '../../../shared/domain/body';
import { Refused, Waiting } from '../../app/Status';
import { useShell } from '../../app/shell/shell-context';
import { useLiveCall } from '../../app/use-call';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { LegalityPanel } from './LegalityPanel';
import { RenumberForm } from './RenumberForm';
import { counted } from '../../../shared/rules/plural';

/**
 * Ordre du jour: the acts of one session with their state, attendance, quorum and presiding member;
 * add an act, renumber it (a number is never given twice), withdraw a draft.
 */
export function ActsScreen(props: { client: ContractClient; body: BodyCode; date: string; open: (act: string) => void }) {
  const { client, body, date } = props;
  const { loaded, reload } = useLiveCall(client, 'session:acts', { body, date }, { followsOthers: true });
  const [object, setObject] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const { reportSessionChange } = useShell();

  const done = (message: string) => {
    setNotice(message);
    reload();
    // The sidebar counts the session's acts.
    reportSessionChange();
  };

  if (loaded.state === 'error') return <Refused error={loaded.error} />;
  if (loaded.state === 'loading') return <Waiting />;
  const s = loaded.value;
  return (
    <section aria-labelledby="acts-title">
      <h2 id="acts-title">Ordre du jour</h2>
      <p>
        {s.place}, {s.time.replace(':', 'h')} · {counted(s.membersInOffice, 'membre en exercice', 'membres en exercice')} · {counted(s.acts.length, 'acte', 'actes')}
      </p>
      <table>
        <caption className="visually-hidden">Actes de la séance</caption>
        <thead>
          <tr>
            <th scope="col">N°</th>
            <th scope="col">Objet</th>
            <th scope="col">État</th>
            <th scope="col">Présents</th>
            <th scope="col">Procurations</th>
            <th scope="col">Excusés</th>
            <th scope="col">Absents</th>
            <th scope="col">Quorum</th>
            <th scope="col">Présidence</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {s.acts.map((a) => (
            <tr key={a.number}>
              <th scope="row">
                <button type="button" className="link" onClick={() => props.open(a.number)} aria-label={`Ouvrir l'acte ${a.number}`}>
                  {a.number}
                </button>
              </th>
              <td className="object">{a.object}</td>
              <td>{a.state}</td>
              <td className="number">{a.counts.present}</td>
              <td className="number">{a.counts.proxies}</td>
              <td className="number">{a.counts.excused}</td>
              <td className="number">{a.counts.absent}</td>
              <td className={`nowrap ${a.quorum.met ? 'ok' : 'error'}`}>
                {a.quorum.met ? 'atteint' : 'non atteint'} ({a.quorum.figures})
              </td>
              <td>{a.presiding.name}</td>
              <td>
                <div className="row-actions">
                  {a.editable && <RenumberForm client={client} body={body} date={date} act={a.number} onDone={(n) => done(`${a.number} est devenu ${n}.`)} />}
                  {a.state === 'brouillon' && (
                    <ConfirmDialog
                      trigger={`Retirer ${a.number}`}
                      triggerClass="secondary"
                      title={`Retirer ${a.number} de l'ordre du jour ?`}
                      action={`Retirer ${a.number}`}
                      onConfirm={() =>
                        void client.call('act:withdraw', { body, date, act: a.number }).then((r) => (r.ok ? done(`${a.number} a été retiré ; son numéro ne sera pas redonné.`) : setNotice(r.error.message)))
                      }
                    >
                      <p>Le projet « {a.object} » sera retiré de la séance. Son numéro {a.number} reste utilisé : il ne sera jamais redonné.</p>
                    </ConfirmDialog>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" aria-live="polite" className="ok">
        {notice}
      </p>
      <Form
        className="inline-form"
        validationBehavior="aria"
        onSubmit={(e) => {
          e.preventDefault();
          void client.call('act:create', { body, date, object }).then((r) => {
            if (!r.ok) return setAddError(r.error.message);
            setAddError(null);
            setObject('');
            done(`${r.value.number} a été ajouté à l'ordre du jour.`);
          });
        }}
      >
        <TextField
          name="object"
          className="field wide"
          value={object}
          onChange={(text) => {
            setObject(text);
            setAddError(null);
          }}
          isInvalid={addError !== null}
        >
          <Label>Objet du nouvel acte</Label>
          <Input />
          {addError !== null && (
            <Text slot="errorMessage" className="field-error">
              {addError}
            </Text>
          )}
        </TextField>
        <Button type="submit">Ajouter à l'ordre du jour</Button>
      </Form>
      <LegalityPanel client={client} body={body} date={date} onChange={reload} />
    </section>
  );
}
