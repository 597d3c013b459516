import { useState } from 'react';
import type { ContractClient } from '../../../shared/contract/client';
import type { BodyCode } from '../../../shared/domain/body';
import type { AppErrorInfo } from '../../../shared/domain/errors';
import { printedList } from '../../../shared/domain/member';
import { saveFile } from '../../app/download';
import { Refused, Waiting } from '../../app/Status';
import { useCall } from '../../app/use-call';

/** One act: its lists as the extract prints them, its quorum, who presides, and its extract to download. */
export function ActScreen(props: { client: ContractClient; body: BodyCode; date: string; act: string }) {
  const act = useCall(props.client, 'act:show', { body: props.body, date: props.date, act: props.act });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppErrorInfo | null>(null);
  if (act.state === 'loading') return <Waiting />;
  if (act.state === 'error') return <Refused error={act.error} />;
  const a = act.value;

  const download = async (format: 'pdf' | 'docx') => {
    setBusy(true);
    setFailure(null);
    const reply = await props.client.call('extract:render', { body: props.body, date: props.date, act: props.act, format });
    setBusy(false);
    if (!reply.ok) return setFailure(reply.error);
    saveFile(reply.value);
  };

  return (
    <section aria-labelledby="act-title">
      <h1 id="act-title">N° {a.number}</h1>
      <p className="object">OBJET : {a.object}</p>
      <p className={a.quorum.met ? 'ok' : 'error'}>
        Quorum {a.quorum.met ? 'atteint' : 'non atteint'} : {a.quorum.figures} ({a.quorum.article})
      </p>
      <p>
        Présidence : {a.presiding.name}, {a.presiding.quality}
      </p>
      <div className="lists">
        <p>{printedList('Présents', a.present)}</p>
        <p>{printedList('Procurations', a.proxies)}</p>
        <p>{printedList('Excusés', a.excused)}</p>
        <p>{printedList('Absents', a.absent)}</p>
      </div>
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
    </section>
  );
}
