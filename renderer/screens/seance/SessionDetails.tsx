import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { ContractClient } from '../../../shared/contract/client';
import type { SessionDetailsView } from '../../../shared/contract/contract';
import type { BodyCode } from '../../../shared/domain/body';
import type { AppErrorInfo } from '../../../shared/domain/errors';
import { messagesByField } from '../../../shared/domain/errors';
import { numericDate } from '../../../shared/rules/french-dates';
import { listed } from '../../../shared/rules/plural';
import { Refused, Waiting } from '../../app/Status';
import { useLiveCall } from '../../app/use-call';
import { AskDialog } from '../../ui/AskDialog';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Select } from '../../ui/Select';
import { Field, Outcome } from '../parametres/Fields';
import { PLACE_HINT } from '../seances/NewSessionForm';

type Errors = Record<string, string>;

/** Each refusal under the field it names (the schema's path, e.g. "certifier.name"), else for the whole form. */
const errorsOf = (e: AppErrorInfo, fields: readonly string[]): Errors => messagesByField(e, fields);

/**
 * The « Séance » tab: date, time, place, président and certification, editable while none of the
 * session's acts has left the secretariat; its recueil des actes administratifs (number, year,
 * publication date); deleting a session that has no act.
 */
export function SessionDetails(props: { client: ContractClient; body: BodyCode; date: string; moved: (date: string) => void; deleted: () => void }) {
  const { client, body, date } = props;
  const { loaded, replace } = useLiveCall(client, 'session:details', { body, date }, { followsOthers: true });
  if (loaded.state === 'error') return <Refused error={loaded.error} />;
  if (loaded.state === 'loading') return <Waiting />;
  const view = loaded.value;
  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">Séance</h2>
      <DetailsForm key={`${view.date}-${view.time}-${view.place}`} client={client} view={view} moved={props.moved} replace={replace} />
      <RecueilForm client={client} view={view} replace={replace} />
      {view.acts === 0 && (
        <ConfirmDialog
          trigger="Supprimer la séance"
          triggerClass="secondary"
          title="Supprimer cette séance ?"
          action="Supprimer la séance"
          onConfirm={() => void client.call('session:delete', { body, date }).then((r) => r.ok && props.deleted())}
        >
          <p>La séance du {numericDate(date)} n'a aucun acte : elle sera supprimée du registre, et le journal le notera.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

const DETAIL_FIELDS = ['newDate', 'time', 'place', 'presidentId', 'certifier.formula', 'certifier.quality', 'certifier.name'] as const;

function DetailsForm(props: { client: ContractClient; view: SessionDetailsView; moved: (date: string) => void; replace: (v: SessionDetailsView) => void }) {
  const { view } = props;
  const [d, setD] = useState({ newDate: view.date, time: view.time, place: view.place, presidentId: String(view.presidentId), ...view.certifier });
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState('');
  const set = (k: keyof typeof d) => (v: string) => setD({ ...d, [k]: v });
  const readOnly = !view.editable;
  return (
    <Form
      aria-label="Détails de la séance"
      validationErrors={errors}
      onSubmit={(e) => {
        e.preventDefault();
        const input = { body: view.body, date: view.date, newDate: d.newDate, time: d.time, place: d.place, presidentId: Number(d.presidentId), certifier: { formula: d.formula, quality: d.quality, name: d.name } };
        void props.client.call('session:update', input).then((r) => {
          if (!r.ok) return setErrors(errorsOf(r.error, DETAIL_FIELDS));
          setErrors({});
          setDone('Détails de la séance enregistrés.');
          if (r.value.date !== view.date) props.moved(r.value.date);
          else props.replace(r.value);
        });
      }}
    >
      {readOnly && (
        <p className="field-hint">
          En lecture seule : {view.lockedBy.join(', ')} {view.lockedBy.length > 1 ? 'ont' : 'a'} quitté le secrétariat et {view.lockedBy.length > 1 ? 'impriment' : 'imprime'} ces détails.
        </p>
      )}
      <div className="inline-form">
        <Field name="newDate" label="Date" type="date" value={d.newDate} onChange={set('newDate')} isReadOnly={readOnly} />
        <Field name="time" label="Heure" value={d.time} onChange={set('time')} size={6} isReadOnly={readOnly} />
        <Field name="place" label="Lieu" value={d.place} onChange={set('place')} size={40} isReadOnly={readOnly} description={PLACE_HINT} />
        <Select
          label="Président de séance"
          value={d.presidentId}
          options={view.members.map((m) => ({ id: String(m.id), label: m.quality === null ? m.name : `${m.name}, ${m.quality}` }))}
          onChange={set('presidentId')}
          isDisabled={readOnly}
          error={errors['presidentId'] ?? null}
        />
      </div>
      <div className="inline-form">
        <Field name="certifier.formula" label="Formule de certification" value={d.formula} onChange={set('formula')} size={40} isReadOnly={readOnly} />
        <Field name="certifier.quality" label="Qualité du signataire" value={d.quality} onChange={set('quality')} size={40} isReadOnly={readOnly} />
        <Field name="certifier.name" label="Nom du signataire" value={d.name} onChange={set('name')} size={30} isReadOnly={readOnly} />
      </div>
      <Outcome state={{ general: errors['general'] ?? null, done }} />
      {!readOnly && <Button type="submit">Enregistrer les détails</Button>}
    </Form>
  );
}

const RECUEIL_FIELDS = ['number', 'year', 'publicationDate'] as const;

function RecueilForm(props: { client: ContractClient; view: SessionDetailsView; replace: (v: SessionDetailsView) => void }) {
  const { view } = props;
  const r = view.recueil;
  const [d, setD] = useState({ number: r === null ? '' : String(r.number), year: String(r?.year ?? view.date.slice(0, 4)), publicationDate: r?.publicationDate ?? '' });
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState('');
  const [asked, setAsked] = useState(false);
  const set = (k: keyof typeof d) => (v: string) => setD({ ...d, [k]: v });
  const sealedBy = view.recueilSealedBy;
  // Recorded once acts that print it are executory or signed, the recueil no longer changes (migration 0008).
  const readOnly = r !== null && sealedBy.length > 0;
  const save = () => {
    setAsked(false);
    const input = { body: view.body, date: view.date, number: Number(d.number), year: Number(d.year), publicationDate: d.publicationDate };
    void props.client.call('session:recueil', input).then((reply) => {
      if (!reply.ok) return setErrors(errorsOf(reply.error, RECUEIL_FIELDS));
      setErrors({});
      setDone(`Recueil n° ${input.number} (${input.year}) enregistré : l'onglet Génération le propose.`);
      props.replace(reply.value);
    });
  };
  return (
    <Form
      aria-labelledby="recueil-title"
      validationErrors={errors}
      onSubmit={(e) => {
        e.preventDefault();
        if (sealedBy.length > 0) setAsked(true);
        else save();
      }}
    >
      <h3 id="recueil-title">Recueil des actes administratifs</h3>
      <p className="field-hint">{r === null ? 'Cette séance n’a pas encore de recueil.' : `${r.title} — n° ${r.number} (${r.year}), publié le ${numericDate(r.publicationDate)}.`}</p>
      {readOnly && (
        <p className="field-hint">
          En lecture seule : {listed(sealedBy)} {sealedBy.length > 1 ? 'sont exécutoires ou signés et impriment' : 'est exécutoire ou signé et imprime'} ce recueil.
        </p>
      )}
      <div className="inline-form">
        <Field name="number" label="Numéro du recueil" value={d.number} onChange={set('number')} size={6} isReadOnly={readOnly} />
        <Field name="year" label="Année du recueil" value={d.year} onChange={set('year')} size={6} isReadOnly={readOnly} />
        <Field name="publicationDate" label="Date de publication du recueil" type="date" value={d.publicationDate} onChange={set('publicationDate')} isReadOnly={readOnly} />
        {!readOnly && <Button type="submit">Enregistrer le recueil</Button>}
      </div>
      <Outcome state={{ general: errors['general'] ?? null, done }} />
      {asked && <SealedRecueilDialog acts={sealedBy} number={d.number} year={d.year} publicationDate={d.publicationDate} save={save} check={() => setAsked(false)} />}
    </Form>
  );
}

/**
 * « Enregistrer ce recueil pour de bon ? »: asked before the first recording of the recueil of a séance
 * whose acts are executory or signed, which seals it at once. Checking again is the safe answer.
 */
function SealedRecueilDialog(props: { acts: string[]; number: string; year: string; publicationDate: string; save: () => void; check: () => void }) {
  const one = props.acts.length === 1;
  return (
    <AskDialog title="Enregistrer ce recueil pour de bon ?" safe="Vérifier encore" onSafe={props.check} ahead="Enregistrer le recueil" onAhead={props.save}>
      <p>
        Recueil n° {props.number} ({props.year}), publié le {props.publicationDate === '' ? '—' : numericDate(props.publicationDate)} :{' '}
        {listed(props.acts)} {one ? 'est exécutoire ou signé et l’imprime' : 'sont exécutoires ou signés et l’impriment'}. Une fois
        enregistrés, son numéro, son année et sa date ne pourront plus être corrigés.
      </p>
    </AskDialog>
  );
}
