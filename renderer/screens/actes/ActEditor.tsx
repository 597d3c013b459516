import { useCallback, useEffect, useMemo, useState } from 'react';
import { Label, Text, TextArea, TextField } from 'react-aria-components';
import type { ContractClient } from '../../../shared/contract/client';
import type { ActEditorView, PreviewBlock, VoteView } from '../../../shared/contract/contract';
import type { BodyCode } from '../../../shared/domain/body';
import type { ActTexts } from './act-text';
import { contentOf, textsOf } from './act-text';
import { ActNatureFields } from './ActNatureFields';
import { ExtractPreview } from './ExtractPreview';
import { saveStateText, useAutosave } from './use-autosave';
import { useReportSaveState, useScreenCommands } from '../../app/shell/shell-context';
import { VoteFields } from './VoteFields';

const FIELDS: { key: keyof ActTexts; label: string; hint?: string; rows: number }[] = [
  { key: 'object', label: 'Objet', rows: 3 },
  { key: 'serviceCodeLines', label: 'Codes du service', hint: 'Une ligne par code, imprimés en tête de l’extrait.', rows: 2 },
  { key: 'examinationSentence', label: "Phrase d'examen", hint: 'Vide : la phrase du modèle.', rows: 2 },
  { key: 'visas', label: 'Visas', hint: 'Un visa par ligne.', rows: 5 },
  { key: 'considerants', label: 'Considérants', hint: 'Un considérant par ligne.', rows: 4 },
  {
    key: 'decisions',
    label: 'Décisions (DÉCIDE :)',
    hint: 'Une décision par bloc de lignes, les blocs séparés par une ligne vide. Dans une décision, « * » en début de ligne fait un sous-point, et des lignes aux cellules séparées par des tabulations (collées d’un tableur) font un tableau dont la première ligne est l’en-tête.',
    rows: 10,
  },
  { key: 'decisionNotes', label: 'Notes', hint: 'Une note par ligne, après les décisions.', rows: 2 },
  { key: 'annexes', label: 'Annexes', hint: 'Un titre d’annexe par ligne.', rows: 2 },
];

/** The field a refusal names, as the editor's text areas are keyed. */
const fieldKey = (field: string | undefined) => field?.replace(/^content\./, '').replace(/\[.*$/, '');

/**
 * The act editor: what the extract says, saved as the secretary types (autosave), and beside it
 * the extract as it will print, refreshed after each save.
 */
export function ActEditor(props: { client: ContractClient; body: BodyCode; date: string; editor: ActEditorView; onSaved: (view: ActEditorView) => void }) {
  const { client, body, date, editor } = props;
  const act = editor.number;
  const [texts, setTexts] = useState<ActTexts>(() => textsOf(editor.content));
  const [vote, setVote] = useState<VoteView>(editor.content.vote);
  const [preview, setPreview] = useState<PreviewBlock[]>([]);
  const readOnly = !editor.editable;

  const refreshPreview = useCallback(() => {
    void client.call('act:preview', { body, date, act }).then((r) => r.ok && setPreview(r.value));
  }, [client, body, date, act]);
  useEffect(refreshPreview, [refreshPreview]);

  const value = useMemo(() => ({ texts, vote }), [texts, vote]);
  const save = useCallback(
    async (d: typeof value) => {
      const reply = await client.call('act:save', { body, date, act, content: { ...contentOf(d.texts, editor.content), vote: d.vote } });
      if (!reply.ok) return { ok: false as const, message: reply.error.message, field: reply.error.field };
      props.onSaved(reply.value);
      refreshPreview();
      return { ok: true as const };
    },
    // Keyed on the act's identity: a new callback at each render would restart the autosave.
    [client, body, date, act],
  );
  const { status, flush } = useAutosave(value, readOnly ? () => Promise.resolve({ ok: true as const }) : save);
  const refusedOn = status.state === 'refused' ? fieldKey(status.field) : undefined;
  useReportSaveState(readOnly ? null : saveStateText(status));
  useScreenCommands({ save: () => void flush() });

  return (
    <div className="editor-columns">
      <form className="editor" aria-label={`Rédaction de l'acte ${act}`} onSubmit={(e) => e.preventDefault()}>
        <p className={`save-status ${status.state === 'refused' ? 'error' : ''}`} role="status" aria-live="polite">
          {readOnly && 'Acte en lecture seule : il a quitté le secrétariat.'}
          {!readOnly && saveStateText(status)}
        </p>
        {FIELDS.map((f) => (
          <TextField
            key={f.key}
            className="field"
            value={texts[f.key]}
            onChange={(text) => setTexts((t) => ({ ...t, [f.key]: text }))}
            onBlur={() => void flush()}
            isReadOnly={readOnly}
            isInvalid={refusedOn === f.key}
          >
            <Label>{f.label}</Label>
            <TextArea rows={f.rows} />
            {f.hint !== undefined && (
              <Text slot="description" className="field-hint">
                {f.hint}
              </Text>
            )}
            {refusedOn === f.key && status.state === 'refused' && (
              <Text slot="errorMessage" className="field-error">
                {status.message}
              </Text>
            )}
          </TextField>
        ))}
        <ActNatureFields client={client} body={body} date={date} act={act} />
        <VoteFields vote={vote} voters={editor.voters} members={editor.members} onChange={setVote} isReadOnly={readOnly} error={refusedOn === 'vote' && status.state === 'refused' ? status.message : null} />
      </form>
      <section aria-labelledby="preview-title" className="editor-preview" tabIndex={0}>
        <h2 id="preview-title">Aperçu de l'extrait</h2>
        <ExtractPreview blocks={preview} />
      </section>
    </div>
  );
}
