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

const GROUP_TITLES: Record<GenerationGroup, string> = {
  extraits: 'Extraits',
  conventions: 'Conventions',
  'recueil-registre': 'Recueil et registre',
  ctes: '@ctes',
  signes: 'Extraits signés',
};
const GROUPS = Object.keys(GROUP_TITLES) as GenerationGroup[];

const FORMATS = DOCUMENT_FORMATS.map((id) => ({ id, label: DOCUMENT_FORMAT_LABELS[id] }));

/** Génération: the documents of a session, chosen by group, written one by one into its export folder. */
export function GenerationScreen({ client, body, date }: { client: ContractClient; body: BodyCode; date: string }) {
  const plan = useCall(client, 'generation:plan', { body, date });
  const [format, setFormat] = useState<DocumentFormat>('pdf');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [p12, setP12] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [delegation, setDelegation] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { progress, outcomes, run, cancel } = useGenerationRun(client, body, date);
  const p12Id = useId();
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

  const generate = async () => {
    setProblem(null);
    const needsCertificate = chosen.some((d) => d.needsCertificate);
    if (needsCertificate && (p12 === null || passphrase === '')) {
      setProblem('Extraits signés : choisissez le certificat (fichier .p12) et saisissez son mot de passe avant de générer.');
      return;
    }
    const stated = delegation.trim();
    const certificate = needsCertificate && p12 !== null ? { p12: await fileBase64(p12), passphrase, ...(stated === '' ? {} : { delegation: stated }) } : undefined;
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
        <StatusRadios label="Format des extraits et des conventions" value={format} options={FORMATS} onChange={setFormat} isDisabled={running} />
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
                    <input id={p12Id} type="file" accept=".p12,.pfx,application/x-pkcs12" disabled={running} onChange={(e) => setP12(e.target.files?.[0] ?? null)} />
                  </p>
                  <TextField type="password" value={passphrase} onChange={setPassphrase} isDisabled={running} autoComplete="off" className="field generation-passphrase">
                    <Label>Mot de passe du certificat</Label>
                    <Input />
                  </TextField>
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
      {problem !== null && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {progress !== null && (
        <>
          <ProgressBar value={progress.done} maxValue={Math.max(progress.total, 1)} valueLabel={`${progress.done} sur ${progress.total}`} className="generation-progress">
            {({ percentage, valueText }) => (
              <>
                <Label>Documents générés</Label>
                <span className="generation-value">{valueText}</span>
                <div className="generation-track">
                  <div className="generation-fill" style={{ width: `${percentage ?? 0}%` }} />
                </div>
              </>
            )}
          </ProgressBar>
          <p role="status" aria-live="polite" className="generation-status">
            {progress.running
              ? progress.stopping
                ? `Arrêt après le document en cours… ${progress.done} sur ${progress.total}`
                : `Génération : ${progress.done} sur ${progress.total}`
              : `Terminé : ${progress.done} sur ${progress.total}${progress.stopping ? ' (annulé)' : ''}, ${failures === 0 ? 'aucune erreur' : `${failures} en erreur`}.`}
          </p>
        </>
      )}
      <GeneratedFiles client={client} body={body} date={date} outcomes={outcomes} />
    </section>
  );
}
