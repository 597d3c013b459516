import { useId, useState } from 'react';
import type { DropItem } from 'react-aria-components';
import { Button, DropZone, FileTrigger, Form, Input, Label, Text, TextField } from 'react-aria-components';
import type { ContractClient } from '../../../shared/contract/client';
import type { AcknowledgementReport, ActLegalityView } from '../../../shared/contract/contract';
import type { BodyCode } from '../../../shared/domain/body';
import { numericDate } from '../../../shared/rules/french-dates';
import { listed } from '../../../shared/rules/plural';
import { fileBase64 } from '../../app/upload';
import { Refused, Waiting } from '../../app/Status';
import { useLiveCall } from '../../app/use-call';
import { AskDialog } from '../../ui/AskDialog';
import './legality.css';

const shown = (d: string | null) => (d === null ? '—' : numericDate(d));

/** Whether an act may still be sent to the préfecture from here: voted, and not yet executory. */
const transmissible = (a: ActLegalityView) => a.state !== 'brouillon' && a.executoryDate === null;

/**
 * Whether the mise en ligne would make the act executory on its transmission date alone: voted, sent,
 * its accusé de réception not recorded yet. Executory, it is sealed, and an AR dated later could no
 * longer be recorded (the register never says an act was executory before the préfecture received it).
 */
const executoryWithoutAr = (a: ActLegalityView) =>
  a.state !== 'brouillon' && a.onlineDate === null && a.transmissionDate !== null && a.legalityReceptionDate === null && a.executoryDate === null;

/**
 * From the vote to publication, for the acts of a session: their @ctes reference and legality
 * dates (the executory one computed by the register), the transmission of the acts ticked, the
 * accusés de réception dropped as ARActe files, and the online publication of the whole session.
 */
export function LegalityPanel(props: { client: ContractClient; body: BodyCode; date: string; onChange: () => void }) {
  const { client, body, date } = props;
  const { loaded, replace, reload } = useLiveCall(client, 'legality:session', { body, date }, { followsOthers: true });
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [transmission, setTransmission] = useState('');
  const [online, setOnline] = useState('');
  const [errors, setErrors] = useState<{ transmission?: string; online?: string }>({});
  const [notice, setNotice] = useState('');
  const [report, setReport] = useState<AcknowledgementReport | null>(null);
  const [askedWithoutAr, setAskedWithoutAr] = useState<string[] | null>(null);

  if (loaded.state === 'error') return <Refused error={loaded.error} />;
  if (loaded.state === 'loading') return <Waiting />;
  const acts = loaded.value;

  const changed = (value: ActLegalityView[], message: string) => {
    replace(value);
    setErrors({});
    setNotice(message);
    props.onChange();
  };

  const transmit = async () => {
    const reply = await client.call('legality:transmit', { body, date, acts: [...chosen], transmissionDate: transmission });
    if (!reply.ok) return setErrors({ transmission: reply.error.message });
    setChosen(new Set());
    changed(reply.value, `Transmission du ${numericDate(transmission)} enregistrée pour ${[...chosen].join(', ')}.`);
  };

  const publish = async () => {
    setAskedWithoutAr(null);
    const reply = await client.call('legality:online', { body, date, onlineDate: online });
    if (!reply.ok) return setErrors({ online: reply.error.message });
    changed(reply.value, `Mise en ligne du ${numericDate(online)} enregistrée pour les actes votés de la séance.`);
  };

  const acknowledge = async (files: File[]) => {
    const xml = files.filter((f) => f.name !== '');
    if (xml.length === 0) return;
    const reply = await client.call('legality:acknowledgements', {
      files: await Promise.all(xml.map(async (f) => ({ name: f.name, base64: await fileBase64(f) }))),
    });
    if (!reply.ok) return setReport({ files: xml.map((f) => ({ name: f.name, taken: false, message: reply.error.message })) });
    setReport(reply.value);
    reload();
    props.onChange();
  };

  // Why « Transmettre » cannot be pressed yet, said beside it.
  const transmissionBlocked = !acts.some(transmissible)
    ? 'Aucun acte à transmettre : seuls les actes votés et pas encore exécutoires se transmettent.'
    : chosen.size === 0 && transmission === ''
      ? 'Cochez les actes à transmettre dans le tableau et saisissez la date de transmission.'
      : chosen.size === 0
        ? 'Cochez les actes à transmettre dans le tableau.'
        : transmission === ''
          ? 'Saisissez la date de transmission en préfecture.'
          : null;

  const dropped = async (items: DropItem[]) => {
    const files = await Promise.all(items.flatMap((i) => (i.kind === 'file' ? [i.getFile()] : [])));
    await acknowledge(files);
  };

  return (
    <section aria-labelledby="legality-title" className="legality">
      <h2 id="legality-title">Transmission et publication</h2>
      <table>
        <caption className="visually-hidden">Nature, matière et dates de légalité des actes</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Choisir</span>
            </th>
            <th scope="col">N°</th>
            <th scope="col">État</th>
            <th scope="col">Nature</th>
            <th scope="col">Matière</th>
            <th scope="col">Transmis le</th>
            <th scope="col">Reçu en préfecture le</th>
            <th scope="col">Mis en ligne le</th>
            <th scope="col">Exécutoire le (calculée)</th>
          </tr>
        </thead>
        <tbody>
          {acts.map((a) => (
            <tr key={a.number}>
              <td>
                {transmissible(a) && (
                  <input
                    type="checkbox"
                    aria-label={`Choisir l'acte ${a.number}`}
                    checked={chosen.has(a.number)}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.target.checked) next.add(a.number);
                      else next.delete(a.number);
                      setChosen(next);
                    }}
                  />
                )}
              </td>
              <th scope="row">{a.number}</th>
              <td>{a.state}</td>
              <td>{a.nature}</td>
              <td>{a.subject ?? <span className="error">à choisir</span>}</td>
              <td className="nowrap">{shown(a.transmissionDate)}</td>
              <td className="nowrap">{shown(a.legalityReceptionDate)}</td>
              <td className="nowrap">{shown(a.onlineDate)}</td>
              <td className="nowrap">{shown(a.executoryDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" aria-live="polite" className="ok">
        {notice}
      </p>
      <div className="legality-steps">
        <DateStep
          name="transmission"
          label="Date de transmission en préfecture"
          action={`Transmettre les actes cochés (${chosen.size})`}
          value={transmission}
          error={errors.transmission}
          blocked={transmissionBlocked}
          onChange={(v) => {
            setTransmission(v);
            setErrors({});
          }}
          onSubmit={() => void transmit()}
        />
        <DropZone className="drop-zone" aria-label="Déposer des accusés de réception ARActe" onDrop={(e) => void dropped(e.items)}>
          <Text slot="label">Accusés de réception @ctes (fichiers ARActe .xml) : déposez-les ici ou</Text>{' '}
          <FileTrigger acceptedFileTypes={['.xml', 'application/xml', 'text/xml']} allowsMultiple onSelect={(list) => void acknowledge(list === null ? [] : [...list])}>
            <Button className="secondary">Choisir des fichiers…</Button>
          </FileTrigger>
        </DropZone>
        {report !== null && (
          <ul className="ar-report" aria-label="Accusés de réception importés">
            {report.files.map((f) =>
              f.taken ? (
                <li key={f.name} className="ok">
                  {f.name} : pris en compte — {f.act} reçu en préfecture le {numericDate(f.receptionDate)}.
                </li>
              ) : (
                <li key={f.name} className="error">
                  {f.name} : refusé — {f.message}
                </li>
              ),
            )}
          </ul>
        )}
        <DateStep
          name="online"
          label="Date de mise en ligne de la séance"
          action="Enregistrer la mise en ligne"
          value={online}
          error={errors.online}
          blocked={online === '' ? 'Saisissez la date de mise en ligne de la séance.' : null}
          onChange={(v) => {
            setOnline(v);
            setErrors({});
          }}
          onSubmit={() => {
            const waiting = acts.filter(executoryWithoutAr).map((a) => a.number);
            if (waiting.length === 0) void publish();
            else setAskedWithoutAr(waiting);
          }}
        />
      </div>
      {askedWithoutAr !== null && (
        <OnlineWithoutArDialog acts={askedWithoutAr} onlineDate={online} publish={() => void publish()} wait={() => setAskedWithoutAr(null)} />
      )}
    </section>
  );
}

/**
 * « Mettre en ligne sans accusé de réception ? »: asked before acts sent without a recorded AR become
 * executory on their transmission date, and sealed. Waiting is the safe answer.
 */
function OnlineWithoutArDialog(props: { acts: string[]; onlineDate: string; publish: () => void; wait: () => void }) {
  const one = props.acts.length === 1;
  return (
    <AskDialog title="Mettre en ligne sans accusé de réception ?" safe="Attendre les accusés de réception" onSafe={props.wait} ahead="Mettre en ligne quand même" onAhead={props.publish}>
      <p>
        {listed(props.acts)} {one ? 'a été transmis' : 'ont été transmis'} sans accusé de réception enregistré. Mis en ligne le{' '}
        {numericDate(props.onlineDate)}, {one ? 'il deviendra exécutoire' : 'ils deviendront exécutoires'} sur {one ? 'sa' : 'leur'} seule
        transmission, et {one ? 'scellé' : 'scellés'} : un accusé de réception daté d’après ne pourra plus y être enregistré.
      </p>
      <p>Déposez d’abord {one ? 'son accusé' : 'leurs accusés'} de réception si vous {one ? "l'avez" : 'les avez'}.</p>
    </AskDialog>
  );
}

/**
 * One dated step of the path (transmission, mise en ligne): its date, its button, its refusal under
 * the date; while the button cannot be pressed, the reason is beside it and describes it.
 */
function DateStep(props: {
  name: string;
  label: string;
  action: string;
  value: string;
  error: string | undefined;
  /** What is missing before the step can be done, or null. */
  blocked: string | null;
  onChange: (value: string) => void;
  onSubmit: () => void;
}) {
  const reasonId = useId();
  return (
    <Form
      className="inline-form"
      validationErrors={props.error === undefined ? {} : { [props.name]: props.error }}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <TextField name={props.name} className="field" value={props.value} onChange={props.onChange}>
        <Label>{props.label}</Label>
        <Input type="date" />
        {props.error !== undefined && (
          <Text slot="errorMessage" className="field-error">
            {props.error}
          </Text>
        )}
      </TextField>
      <Button type="submit" isDisabled={props.blocked !== null} aria-describedby={props.blocked === null ? undefined : reasonId}>
        {props.action}
      </Button>
      {props.blocked !== null && (
        <span id={reasonId} className="field-hint step-reason">
          {props.blocked}
        </span>
      )}
    </Form>
  );
}
