import { useEffect, useRef } from 'react';

/** Ctrl (⌘ on a Mac) + a letter → an action, taken before the browser's own (print, find, save page). */
export function useShortcuts(actions: Partial<Record<'s' | 'f' | 'p', () => void>>): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const action = latest.current[e.key.toLowerCase() as 's' | 'f' | 'p'];
      if (action === undefined) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
