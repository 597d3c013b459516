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

/** Whether the app may change screen: nothing unsaved, or the secretary confirms leaving it. */
export function mayLeave(confirm: (message: string) => boolean = (m) => window.confirm(m)): boolean {
  return pending === null || confirm(`${pending}\n\nLe brouillon reste dans cet onglet ; vous le retrouverez en revenant sur l'acte. Quitter l'acte ?`);
}
