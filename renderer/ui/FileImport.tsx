import { useId, useState } from 'react';
import type { AppErrorInfo, Result } from '../../shared/domain/errors';
import { fileBase64 } from '../app/upload';

/**
 * A file chosen and sent at once: its bytes go to `send`, the register's answer is shown under the
 * field — `done` in the live region, a refusal (one line per problem) as an alert. The field is
 * emptied after each try, so the same file, corrected, can be chosen again.
 */
export function FileImport<T>(props: { label: string; accept: string; hint?: string; send: (base64: string) => Promise<Result<T>>; done: (value: T) => string }) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<AppErrorInfo | null>(null);
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (file === undefined) return;
    setBusy(true);
    setDone(null);
    setFailure(null);
    const reply = await props.send(await fileBase64(file));
    input.value = '';
    setBusy(false);
    if (reply.ok) setDone(props.done(reply.value));
    else setFailure(reply.error);
  };
  return (
    <div className="file-import">
      <p>
        <label htmlFor={id}>{props.label} </label>
        <input id={id} type="file" accept={props.accept} disabled={busy} aria-describedby={props.hint === undefined ? undefined : `${id}-hint`} onChange={(e) => void choose(e.currentTarget)} />
      </p>
      {props.hint !== undefined && (
        <p id={`${id}-hint`} className="field-hint">
          {props.hint}
        </p>
      )}
      <p role="status" aria-live="polite" className="ok">
        {busy ? 'Import en cours…' : done}
      </p>
      {failure !== null && (
        <p role="alert" className="error file-import-error">
          {failure.message}
        </p>
      )}
    </div>
  );
}
