import type { AppErrorInfo } from '../../shared/domain/errors';

/** What a screen shows while it waits, or when the register refused: in French, announced to screen readers. */
export function Waiting() {
  return (
    <p role="status" aria-live="polite">
      Chargement…
    </p>
  );
}

export function Refused({ error }: { error: AppErrorInfo }) {
  return (
    <p role="alert" className="error">
      {error.message}
    </p>
  );
}
