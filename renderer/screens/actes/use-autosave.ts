import { useCallback, useEffect, useRef, useState } from 'react';
import { screenInstant } from '../../../shared/rules/french-dates';

export type SaveStatus = { state: 'saved'; at: Date | null } | { state: 'pending' } | { state: 'saving' } | { state: 'refused'; message: string; field: string | undefined };

/** The save state in words, beside the editor and in the status bar (« Enregistré à 10:42:05. »). */
export function saveStateText(status: SaveStatus): string {
  switch (status.state) {
    case 'saved':
      return status.at === null ? 'Enregistré.' : `Enregistré à ${screenInstant(status.at, 'time')}.`;
    case 'pending':
      return 'Modifications en attente d’enregistrement…';
    case 'saving':
      return 'Enregistrement…';
    case 'refused':
      return `Non enregistré : ${status.message}`;
  }
}

/**
 * Saves `value` a short while after the secretary stops typing, at once when asked (a field left,
 * the screen closed, the window hidden), one save at a time and never a stale one.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<{ ok: true } | { ok: false; message: string; field: string | undefined }>,
  options: { delayMs?: number; /** The first value is a draft the register has not taken yet: it is saved at once. */ unsaved?: boolean } = {},
) {
  const delayMs = options.delayMs ?? 700;
  const [status, setStatus] = useState<SaveStatus>(options.unsaved === true ? { state: 'pending' } : { state: 'saved', at: null });
  const latest = useRef(value);
  const saved = useRef<T | null>(options.unsaved === true ? null : value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void>>(Promise.resolve());
  latest.current = value;

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    running.current = running.current.then(async () => {
      const next = latest.current;
      if (next === saved.current) return;
      setStatus({ state: 'saving' });
      const result = await save(next);
      if (result.ok) {
        saved.current = next;
        setStatus(latest.current === next ? { state: 'saved', at: new Date() } : { state: 'pending' });
      } else setStatus({ state: 'refused', message: result.message, field: result.field });
    });
    return running.current;
  }, [save]);

  useEffect(() => {
    if (value === saved.current) return;
    setStatus((s) => (s.state === 'refused' ? s : { state: 'pending' }));
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [value, delayMs, flush]);

  // Nothing typed is lost: the pending change is saved when the screen closes or the window hides.
  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const leaving = (e: BeforeUnloadEvent) => {
      if (latest.current === saved.current) return;
      void flush();
      e.preventDefault();
    };
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('beforeunload', leaving);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('beforeunload', leaving);
      void flush();
    };
  }, [flush]);

  return { status, flush };
}
