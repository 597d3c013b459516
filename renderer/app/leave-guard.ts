import { useEffect } from 'react';

/*
 * What a screen would lose if the secretary left it now (a refused field's draft), asked about
 * before the app changes screen. One screen at a time holds it: the one being edited.
 */
let pending: string | null = null;

/** Declares, while `warning` is not null, that leaving the screen would leave that draft unsaved. */
export function useLeaveGuard(warning: string | null): void {
  useEffect(() => {
    pending = warning;
    return () => {
      if (pending === warning) pending = null;
    };
  }, [warning]);
}

/** What leaving the screen now would leave unsaved (« Objet de l'acte G1 n'est pas enregistré : … »), or null. */
export function unsavedDraft(): string | null {
  return pending;
}
