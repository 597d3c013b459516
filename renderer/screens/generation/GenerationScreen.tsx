import { useId, useState } from 'react';
import { Button, Input, Label, ProgressBar, Text, TextField } from 'react-aria-components';
import type { ContractClient } from '../../../shared/contract/client';
import type { GenerationGroup } from '../../../shared/contract/contract';
import type { BodyCode } from '../../../shared/domain/body';
import { DOCUMENT_FORMATS, DOCUMENT_FORMAT_LABELS, type DocumentFormat } from '../../../shared/domain/document-format';
import { Refused, Waiting } from '../../app/Status';
import { useCall } from '../../app/use-call';
import { fileBase64 } from '../../app/upload';
import { StatusRadios } from '../../ui/StatusRadios';
import { DocumentGroup } from './DocumentGroup';
import { GeneratedFiles } from './GeneratedFiles';
import { useGenerationRun } from './use-generation-run';
import './generation.css';
import { counted } from '../../../shared/rules/plural';

const GROUP_TITLES: Record<GenerationGroup, string> = {
  extraits: 'Extraits',
  conventions: 'Conventions',
  'recueil-registre': 'Recueil et registre',
  ctes: '@ctes',
  signes: 'Extraits signés',
};
const GROUPS = Object.keys(GROUP_TITLES) as GenerationGroup[];

const FORMATS = DOCUMENT_FORMATS.map((id) => ({ id, label: DOCUMENT_FORMAT_LABELS[id] }));

/** A labelled progress bar: the run's documents, or the séances of the book under way. */
function Bar({ label, value, total, valueLabel }: { label: string; value: number; total: number; valueLabel: string }) {
  return (
    <ProgressBar value={value} maxValue={Math.max(total, 1)} valueLabel={valueLabel} className="generation-progress">
      {({ percentage, valueText }) => (
        <>
          <Label>{label}</Label>
          <span className="generation-value">{valueText}</span>
          <div className="generation-track">
            <div className="generation-fill" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}

/** Génération: the documents of a session, chosen by group, written one by one into its export folder. */
export function GenerationScreen({ client, body, date }: { client: ContractClient; body: BodyCode; date: string }) {
  const plan = useCall(client, 'generation:plan', { body, date });
  const [format, setFormat] = useState<DocumentFormat>('pdf');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [p12, setP12] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [delegation, setDelegation] = useState('');
  const [certificateProblem, setCertificateProblem] = useState<string | null>(null);
  const { progress, outcomes, run, cancel } = useGenerationRun(client, body, date);
  const p12Id = useId();
  const problemId = useId();
  if (plan.state === 'loading') return <Waiting />;
  if (plan.state === 'error') return <Refused error={plan.error} />;

  // Extracts and conventions come in the chosen format only.
  const visible = plan.value.documents.filter((d) => (d.group !== 'extraits' && d.group !== 'conventions') || d.format === format);
  const chosen = visible.filter((d) => selected.has(d.id));
  const running = progress?.running === true;
  const failures = outcomes.filter((o) => o.state === 'error').length;

  const choose = (ids: string[], on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  // The extracts and conventions ticked stay ticked in the other format ("extrait:G25:pdf" → "extrait:G25:docx").
  const switchFormat = (next: DocumentFormat) => {
    const ids = new Set(plan.value.documents.map((d) => d.id));
    const inFormat = (id: string) => id.replace(new RegExp(`:${format}$`), `:${next}`);
    setSelected((previous) => new Set([...previous].map((id) => (ids.has(inFormat(id)) ? inFormat(id) : id))));
    setFormat(next);
  };

  const generate = async () => {
    const needsCertificate = chosen.some((d) => d.needsCertificate);
    const missing = needsCertificate && (p12 === null || passphrase === '');
    // A missing certificate stops the signed extracts only: the register refuses each of them in the
    // list of files, and the other documents of the batch are produced all the same.
    setCertificateProblem(missing ? 'Extraits signés : choisissez le certificat (fichier .p12) et saisissez son mot de passe, puis générez-les de nouveau.' : null);
    const stated = delegation.trim();
    const certificate = needsCertificate && !missing && p12 !== null ? { p12: await fileBase64(p12), passphrase, ...(stated === '' ? {} : { delegation: stated }) } : undefined;
    await run(chosen, certificate);
    // The passphrase serves this run only.
    setPassphrase('');
  };

  return (
    <section aria-labelledby="generation-title" className="generation">
      <h2 id="generation-title">Génération des documents</h2>
      <p className="generation-folder">
        Les fichiers sont écrits dans le dossier d'export de la séance : <code>{plan.value.folder}</code>
      </p>
      <div className="generation-format">
        <StatusRadios label="Format des extraits et des conventions" value={format} options={FORMATS} onChange={switchFormat} isDisabled={running} />
      </div>
      <div className="generation-groups">
        {GROUPS.map((group) => {
          const docs = visible.filter((d) => d.group === group);
          if (docs.length === 0) return null;
          return (
            <DocumentGroup key={group} title={GROUP_TITLES[group]} docs={docs} selected={selected} onChange={choose} disabled={running}>
              {group === 'signes' && (
                <div className="generation-certificate">
                  <p>
                    <label htmlFor={p12Id}>Certificat de signature (.p12) </label>
                    <input
                      id={p12Id}
                      type="file"
                      accept=".p12,.pfx,application/x-pkcs12"
                      disabled={running}
                      aria-describedby={certificateProblem === null ? undefined : problemId}
                      onChange={(e) => {
                        setP12(e.target.files?.[0] ?? null);
                        setCertificateProblem(null);
                      }}
                    />
                  </p>
                  <TextField
                    type="password"
                    value={passphrase}
                    onChange={(value) => {
                      setPassphrase(value);
                      setCertificateProblem(null);
                    }}
                    isDisabled={running}
                    autoComplete="off"
                    className="field generation-passphrase"
                  >
                    <Label>Mot de passe du certificat</Label>
                    <Input />
                  </TextField>
                  {certificateProblem !== null && (
                    <p id={problemId} role="alert" className="field-error generation-problem">
                      {certificateProblem}
                    </p>
                  )}
                  <p className="generation-note">Le mot de passe sert à cette génération seulement : il n'est ni enregistré ni consigné.</p>
                  <TextField value={delegation} onChange={setDelegation} isDisabled={running} className="field generation-delegation">
                    <Label>Délégation de signature</Label>
                    <Input placeholder="arrêté n° … du …" size={40} />
                    <Text slot="description" className="field-hint">
                      Seulement si le titulaire du certificat n'est pas l'élu qui a présidé l'acte : l'acte de délégation, conservé avec la signature.
                    </Text>
                  </TextField>
                </div>
              )}
            </DocumentGroup>
          );
        })}
      </div>
      <div className="actions">
        <Button onPress={() => void generate()} isDisabled={running || chosen.length === 0}>
          Générer ({chosen.length})
        </Button>
        {running && (
          <Button onPress={cancel} isDisabled={progress.stopping}>
            Annuler
          </Button>
        )}
      </div>
      {progress !== null && (
        <>
          <Bar label="Documents générés" value={progress.done} total={progress.total} valueLabel={`${progress.done} sur ${progress.total}`} />
          {progress.book !== null && (
            <Bar
              label={progress.book.label}
              value={progress.book.done}
              total={progress.book.total}
              valueLabel={progress.book.total === 0 ? 'mise en page…' : `séance ${progress.book.done} sur ${progress.book.total}, ${counted(progress.book.pages, 'page', 'pages')}`}
            />
          )}
          <p role="status" aria-live="polite" className="generation-status">
            {progress.running
              ? progress.stopping
                ? progress.book !== null
                  ? `Arrêt après la séance en cours…`
                  : `Arrêt après le document en cours… ${progress.done} sur ${progress.total}`
                : `Génération : ${progress.done} sur ${progress.total}`
              : `Terminé : ${progress.done} sur ${progress.total}${progress.stopping ? ' (annulé)' : ''}, ${failures === 0 ? 'aucune erreur' : `${failures} en erreur`}.`}
          </p>
        </>
      )}
      <GeneratedFiles client={client} body={body} date={date} outcomes={outcomes} />
    </section>
  );
}
