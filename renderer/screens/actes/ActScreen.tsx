import { useCallback, useState } from 'react';
import type { ContractClient } from '../../../shared/contract/client';
import type { ActEditorView } from '../../../shared/contract/contract';
import type { BodyCode } from '../../../shared/domain/body';
import type { DocumentFormat } from '../../../shared/domain/document-format';
import type { AppErrorInfo } from '../../../shared/domain/errors';
import { printedList } from '../../../shared/domain/member';
import { saveFile } from '../../app/download';
import { Refused, Waiting } from '../../app/Status';
import { useScreenCommands } from '../../app/shell/shell-context';
import { useCall, useLiveCall } from '../../app/use-call';
import { ActJournal } from '../journal/ActJournal';
import { ActEditor } from './ActEditor';
import { CorrectAct } from './CorrectAct';
import './act-editor.css';

/** One act: its editor with the live preview, its lists and quorum, and its extract to download. */
export function ActScreen(props: { client: ContractClient; body: BodyCode; date: string; act: string; open: (body: BodyCode, date: string, act: string) => void }) {
  const { client, body, date, act } = props;
  const shown = useCall(client, 'act:show', { body, date, act });
  const { loaded: opened, replace } = useLiveCall(client, 'act:get', { body, date, act });
  // Each reload of the act (after another's change) opens a new editor on the register's text.
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<string | null>(null);
  // Each save may add journal entries: the journal below reloads after it.
  const [saves, setSaves] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppErrorInfo | null>(null);
  const download = async (format: DocumentFormat) => {
    setBusy(true);
    setFailure(null);
    const reply = await client.call('extract:render', { body, date, act, format });
    setBusy(false);
    if (!reply.ok) return setFailure(reply.error);
    saveFile(reply.value);
  };
  // Ctrl+P hands the secretary the act's extract, as its PDF.
  useScreenCommands({ print: () => void download('pdf') });
  // The act opened, focus goes to its title (« N° G1 ») rather than falling to the page: a screen
  // reader says which act is open, and Tab goes on into it. Once, as the screen is keyed by its act.
  const focusTitle = useCallback((title: HTMLHeadingElement | null) => title?.focus(), []);
  if (shown.state === 'loading' || opened.state === 'loading') return <Waiting />;
  if (shown.state === 'error') return <Refused error={shown.error} />;
  if (opened.state === 'error') return <Refused error={opened.error} />;
  const a = shown.value;

  return (
    <section aria-labelledby="act-title">
      <h1 id="act-title" tabIndex={-1} ref={focusTitle}>
        N° {a.number} <span className="state">({state ?? a.state})</span>
      </h1>
      <p className={a.quorum.met ? 'ok' : 'error'}>
        Quorum {a.quorum.met ? 'atteint' : 'non atteint'} : {a.quorum.figures} ({a.quorum.article}) · Présidence : {a.presiding.name}, {a.presiding.quality}
      </p>
      <details className="lists">
        <summary>Présents, procurations, excusés, absents</summary>
        <p>{printedList('Présents', a.present)}</p>
        <p>{printedList('Procurations', a.proxies)}</p>
        <p>{printedList('Excusés', a.excused)}</p>
        <p>{printedList('Absents', a.absent)}</p>
      </details>
      <div className="actions">
        <button type="button" onClick={() => void download('pdf')} disabled={busy}>
          Télécharger l'extrait (PDF)
        </button>
        <button type="button" onClick={() => void download('docx')} disabled={busy}>
          Télécharger l'extrait (Word)
        </button>
        {busy && (
          <span role="status" aria-live="polite">
            Génération en cours…
          </span>
        )}
      </div>
      {failure !== null && <Refused error={failure} />}
      {!a.editable && <CorrectAct client={client} body={body} date={date} act={a.number} open={props.open} />}
      <ActEditor
        key={`${body}-${date}-${act}-${generation}`}
        client={client}
        body={body}
        date={date}
        editor={opened.value}
        onSaved={(v: ActEditorView) => {
          setState(v.state);
          setSaves((n) => n + 1);
        }}
        onReload={() =>
          void client.call('act:get', { body, date, act }).then((reply) => {
            if (!reply.ok) return setFailure(reply.error);
            replace(reply.value);
            setGeneration((n) => n + 1);
            setSaves((n) => n + 1);
          })
        }
      />
      <ActJournal key={saves} client={client} body={body} date={date} act={act} />
    </section>
  );
}
