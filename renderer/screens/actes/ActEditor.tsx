import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Label, Text, TextArea, TextField } from 'react-aria-components';
import type { ContractClient } from '../../../shared/contract/client';
import type { ActContentView, ActEditorView, PreviewBlock, VoteView } from '../../../shared/contract/contract';
import type { BodyCode } from '../../../shared/domain/body';
import type { ActTexts } from './act-text';
import { contentOf, textsOf } from './act-text';
import { AnnexesPanel } from './AnnexesPanel';
import { useLeaveGuard } from '../../app/leave-guard';
import { draftSaved, readDraft, writeDraft } from './act-draft';
import { ActNatureFields } from './ActNatureFields';
import { ExtractPreview } from './ExtractPreview';
import { saveStateText, useAutosave, type SaveStatus } from './use-autosave';
import { useReportSaveState, useScreenCommands } from '../../app/shell/shell-context';
import { VoteFields } from './VoteFields';
import { screenInstant } from '../../../shared/rules/french-dates';

const FIELDS: { key: keyof ActTexts; label: string; hint?: string; rows: number }[] = [
  { key: 'object', label: 'Objet', rows: 3 },
  { key: 'serviceCodeLines', label: 'Codes du service', hint: 'Une ligne par code, imprimés en tête de l’extrait.', rows: 2 },
  { key: 'examinationSentence', label: "Phrase d'examen", hint: 'Vide : la phrase du modèle.', rows: 2 },
  { key: 'visas', label: 'Visas', hint: 'Un visa par ligne.', rows: 5 },
  { key: 'considerants', label: 'Considérants', hint: 'Un considérant par ligne.', rows: 4 },
  {
    key: 'decisions',
    label: 'Décisions (DÉCIDE :)',
    hint: 'Une décision par bloc de lignes, les blocs séparés par une ligne vide ; l’extrait met le tiret devant chacune. Dans une décision, « * » en début de ligne fait un sous-point, et des lignes aux cellules séparées par des tabulations (collées d’un tableur) font un tableau dont la première ligne est l’en-tête.',
    rows: 10,
  },
  { key: 'decisionNotes', label: 'Notes', hint: 'Une note par ligne, après les décisions.', rows: 2 },
  { key: 'annexes', label: 'Annexes', hint: 'Un titre d’annexe par ligne.', rows: 2 },
];

/** The field a refusal names, as the editor's text areas are keyed. */
const fieldKey = (field: string | undefined) => field?.replace(/^content\./, '').replace(/[.[].*$/, '');

/**
 * The act editor: what the extract says, saved as the secretary types (autosave), and beside it
 * the extract as it will print, refreshed after each save. A refused field keeps its draft on
 * screen (and in the tab, should the secretary leave and come back) with the rule beside it, while
 * every other field is saved all the same.
 */
export function ActEditor(props: {
  client: ContractClient;
  body: BodyCode;
  date: string;
  editor: ActEditorView;
  onSaved: (view: ActEditorView) => void;
  /** Drops the draft and opens the act as the register now holds it (after another's change). */
  onReload: () => void;
}) {
  const { client, body, date, editor } = props;
  const act = editor.number;
  const readOnly = !editor.editable;
  const [draft] = useState(() => {
    const kept = readOnly ? null : readDraft(body, date, act);
    return kept !== null && draftSaved(kept, editor.content) ? null : kept;
  });
  const [texts, setTexts] = useState<ActTexts>(() => draft?.texts ?? textsOf(editor.content));
  const [vote, setVote] = useState<VoteView>(draft?.vote ?? editor.content.vote);
  const [preview, setPreview] = useState<PreviewBlock[]>([]);
  // What the register holds: a refused field is sent back as it stands there, the others as typed.
  const registered = useRef(editor.content);
  // The version the register held when this text was loaded (or when the restored draft was typed):
  // sent with every save, so that a save over another secretary's change is refused, never written.
  const version = useRef(draft?.version ?? editor.version);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  // Set by « Recharger l'acte »: the draft is dropped for good. A save still on its way (her last
  // keystrokes) is refused again, and that answer must not write the draft back for the reloaded editor to restore.
  const reloading = useRef(false);
  // The last refusal stands until a save goes through whole (a re-save of the same draft does not clear it).
  const [refusal, setRefusal] = useState<{ message: string; field: string | undefined; conflict: boolean } | null>(null);
  const [unreadVote, setUnreadVote] = useState<string | null>(null);

  const refreshPreview = useCallback(() => {
    void client.call('act:preview', { body, date, act }).then((r) => r.ok && setPreview(r.value));
  }, [client, body, date, act]);
  useEffect(refreshPreview, [refreshPreview]);

  const value = useMemo(() => ({ texts, vote }), [texts, vote]);
  const save = useCallback(
    async (d: typeof value) => {
      const send = async (content: ActContentView) => {
        const reply = await client.call('act:save', { body, date, act, content, version: version.current });
        if (reply.ok) {
          registered.current = reply.value.content;
          version.current = reply.value.version;
          setSavedAt(new Date());
          props.onSaved(reply.value);
          refreshPreview();
        }
        return reply;
      };
      const content = { ...contentOf(d.texts, registered.current), vote: d.vote };
      const reply = await send(content);
      if (reply.ok) {
        setRefusal(null);
        return { ok: true as const };
      }
      // Changed by another meanwhile: nothing is sent again, the text stays on screen as typed.
      const conflict = reply.error.type === 'conflict';
      const key = fieldKey(reply.error.field);
      if (!conflict && key !== undefined && key in content) await send({ ...content, [key]: registered.current[key as keyof ActContentView] });
      setRefusal({ message: reply.error.message, field: reply.error.field, conflict });
      return { ok: false as const, message: reply.error.message, field: reply.error.field };
    },
    // Keyed on the act's identity: a new callback at each render would restart the autosave.
    [client, body, date, act],
  );
  const { status, flush } = useAutosave(value, readOnly ? () => Promise.resolve({ ok: true as const }) : save, { unsaved: draft !== null });
  const refusedOn = refusal === null ? undefined : fieldKey(refusal.field);
  // The act's version was refused (another saved it meanwhile): the one conflict a reload of the act
  // settles; a server that does not answer keeps the draft for a retry instead.
  const changedByAnother = refusal?.conflict === true && refusedOn === 'version';
  const refusedLabel = FIELDS.find((f) => f.key === refusedOn)?.label ?? (refusedOn === 'vote' ? 'Vote' : null);
  const partly = status.state === 'refused' && savedAt !== null ? ` Les autres champs sont enregistrés (à ${screenInstant(savedAt, 'minutes')}).` : '';
  // A vote count typed that cannot be read is the latest refusal, whatever the register said before.
  const shown: SaveStatus = unreadVote === null ? status : { state: 'refused', message: `${act} : Vote : ${unreadVote}`, field: 'vote' };
  const saveState = readOnly ? null : `${saveStateText(shown)}${partly}`;
  useReportSaveState(saveState);
  useScreenCommands({ save: () => void flush() });

  // The draft stays in the tab until the register has taken all of it.
  useEffect(() => {
    if (!readOnly && !reloading.current) writeDraft(body, date, act, status.state === 'saved' ? null : { ...value, version: version.current });
  }, [readOnly, body, date, act, status.state, value]);
  useLeaveGuard(
    refusal === null ? null : `${refusal.conflict ? 'Le texte' : (refusedLabel ?? 'Un champ')} de l'acte ${act} n'est pas enregistré : ${refusal.message}`,
  );

  return (
    <div className="editor-columns">
      <form className="editor" aria-label={`Rédaction de l'acte ${act}`} onSubmit={(e) => e.preventDefault()}>
        <p className={`save-status ${shown.state === 'refused' ? 'error' : ''}`} role="status" aria-live="polite">
          {readOnly && 'Acte en lecture seule : il a quitté le secrétariat.'}
          {saveState}
        </p>
        {changedByAnother && (
          <p className="actions">
            <button
              type="button"
              // Pressed from the field she was typing in, the field keeps the focus: its blur would
              // re-send the refused text, whose « Enregistrement… » shortens the line above and moves
              // this button from under the pointer before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                reloading.current = true;
                writeDraft(body, date, act, null);
                props.onReload();
              }}
            >
              Recharger l'acte (votre texte sera remplacé par celui du registre)
            </button>
          </p>
        )}
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
            {refusedOn === f.key && refusal !== null && (
              <Text slot="errorMessage" className="field-error">
                {refusal.message}
              </Text>
            )}
          </TextField>
        ))}
        <ActNatureFields client={client} body={body} date={date} act={act} />
        <VoteFields vote={vote} voters={editor.voters} voterIds={editor.voterIds} members={editor.members} onChange={setVote} onUnread={setUnreadVote} isReadOnly={readOnly} error={refusedOn === 'vote' && refusal !== null ? refusal.message : null} />
      </form>
      <section aria-labelledby="preview-title" className="editor-preview" tabIndex={0}>
        <h2 id="preview-title">Aperçu de l'extrait</h2>
        <ExtractPreview blocks={preview} />
        <AnnexesPanel client={client} body={body} date={date} act={act} readOnly={readOnly} />
      </section>
    </div>
  );
}
