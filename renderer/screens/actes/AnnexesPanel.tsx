import { useId, useRef, useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { Check } from '../../ui/Check';
import type { ContractClient } from '../../../shared/contract/client';
import type { ActAnnexesView } from '../../../shared/contract/contract';
import type { BodyCode } from '../../../shared/domain/body';
import type { AppErrorInfo } from '../../../shared/domain/errors';
import { fileBase64 } from '../../app/upload';
import { Refused, Waiting } from '../../app/Status';
import { useLiveCall } from '../../app/use-call';
import { Select } from '../../ui/Select';

const DEFAULT_TYPE = 'defaut';

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} Ko` : `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} Mo`);

/**
 * Annexes jointes: the PDF files attached to the act (a plan, a table, a partner's signed
 * convention), printed after it in the recueil and sent with it to the préfecture, and whether
 * paper pieces follow by mail. Read-only once the act has left the secretariat.
 */
export function AnnexesPanel({ client, body, date, act, readOnly }: { client: ContractClient; body: BodyCode; date: string; act: string; readOnly: boolean }) {
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const { loaded, replace } = useLiveCall(client, 'act-annexes:get', { body, date, act });
  const [title, setTitle] = useState('');
  const [pieceType, setPieceType] = useState(DEFAULT_TYPE);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<AppErrorInfo | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const answer = (reply: { ok: true; value: ActAnnexesView } | { ok: false; error: AppErrorInfo }, confirmation: string) => {
    setBusy(false);
    if (!reply.ok) return setRefusal(reply.error);
    replace(reply.value);
    setDone(confirmation);
    return undefined;
  };

  const attach = async () => {
    setRefusal(null);
    setDone(null);
    if (file === null) return setRefusal({ type: 'validation', message: 'Fichier : choisissez le PDF à joindre.', field: 'fichier' });
    setBusy(true);
    const reply = await client.call('act-annex:add', {
      body,
      date,
      act,
      title,
      pieceType: pieceType === DEFAULT_TYPE ? null : pieceType,
      fileName: file.name,
      base64: await fileBase64(file),
    });
    answer(reply, `Annexe « ${title.trim()} » jointe à l'acte ${act}.`);
    // Each new annex starts blank: no title, no file, the nature's default piece type.
    if (reply.ok) {
      setTitle('');
      setPieceType(DEFAULT_TYPE);
      setFile(null);
      if (fileInput.current !== null) fileInput.current.value = '';
    }
    return undefined;
  };

  if (loaded.state === 'loading') return <Waiting />;
  if (loaded.state === 'error') return <Refused error={loaded.error} />;
  const view = loaded.value;
  const defaultType = view.pieceTypes[0]?.code ?? '';
  return (
    <section aria-labelledby="annexes-title" className="annexes-panel">
      <h2 id="annexes-title">Annexes jointes</h2>
      {view.annexes.length === 0 ? (
        <p>Aucun fichier joint.</p>
      ) : (
        <ol className="annex-list">
          {view.annexes.map((a) => (
            <li key={a.id}>
              {a.title} — {a.fileName}, {a.pageCount} p., {sizeText(a.size)}, pièce @ctes {a.pieceType ?? `${defaultType} (par défaut)`}
              {!readOnly && (
                <Button
                  className="link-button"
                  isDisabled={busy}
                  onPress={() => {
                    setBusy(true);
                    setRefusal(null);
                    void client.call('act-annex:remove', { body, date, act, id: a.id }).then((r) => answer(r, `Annexe « ${a.title} » retirée.`));
                  }}
                >
                  Retirer
                </Button>
              )}
            </li>
          ))}
        </ol>
      )}
      <Check
        isSelected={view.paperPieces}
        isDisabled={readOnly || busy}
        onChange={(paper) => {
          setBusy(true);
          setRefusal(null);
          void client
            .call('act-paper:set', { body, date, act, paper })
            .then((r) => answer(r, paper ? 'Pièces papier envoyées par courrier : oui.' : 'Pièces papier envoyées par courrier : non.'));
        }}
      >
        Des pièces papier suivent par courrier (@ctes : DocumentPapier)
      </Check>
      {!readOnly && (
        <Form
          className="annex-form"
          aria-label={`Joindre une annexe à l'acte ${act}`}
          onSubmit={(e) => {
            e.preventDefault();
            void attach();
          }}
        >
          <TextField className="settings-field" value={title} onChange={setTitle} isRequired>
            <Label>Titre de l’annexe</Label>
            <Input size={40} />
          </TextField>
          <Select
            label="Type de pièce @ctes"
            options={[{ id: DEFAULT_TYPE, label: `Par défaut (${defaultType})` }, ...view.pieceTypes.map((t) => ({ id: t.code, label: t.label === t.code ? t.code : `${t.code} — ${t.label}` }))]}
            value={pieceType}
            onChange={setPieceType}
          />
          <p>
            <label htmlFor={fileId}>Fichier PDF (150 Mo au plus) </label>
            <input ref={fileInput} id={fileId} type="file" accept="application/pdf,.pdf" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </p>
          <Button type="submit" isDisabled={busy}>
            Joindre l’annexe
          </Button>
        </Form>
      )}
      {refusal !== null && <Refused error={refusal} />}
      <p role="status" aria-live="polite">
        {busy ? 'Enregistrement…' : done}
      </p>
    </section>
  );
}
