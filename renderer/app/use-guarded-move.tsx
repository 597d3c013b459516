import { lazy, Suspense, useState } from 'react';
import type { ReactNode } from 'react';
import type { UnsavedDraft } from './leave-guard';
import { unsavedDraft } from './leave-guard';

// Its own chunk: the first screen does not load a dialog it shows only when leaving a draft.
const LeaveDialog = lazy(() => import('./LeaveDialog').then((m) => ({ default: m.LeaveDialog })));

/**
 * A move (to another screen, another tab of Paramètres, another template) that asks « Quitter sans
 * enregistrer ? » first when the part left holds an unsaved edit (its draft is kept in the tab
 * meanwhile). Returns the guarded move and the dialog to render; `stayed` runs when the secretary
 * chooses to stay.
 */
export function useGuardedMove<T>(move: (next: T) => void, stayed?: () => void): { go: (next: T) => void; dialog: ReactNode } {
  const [asking, setAsking] = useState<{ unsaved: UnsavedDraft; next: T } | null>(null);
  const go = (next: T) => {
    const unsaved = unsavedDraft();
    if (unsaved === null) move(next);
    else setAsking({ unsaved, next });
  };
  const dialog =
    asking === null ? null : (
      <Suspense fallback={null}>
        <LeaveDialog
          unsaved={asking.unsaved}
          stay={() => {
            setAsking(null);
            stayed?.();
          }}
          leave={() => {
            setAsking(null);
            move(asking.next);
          }}
        />
      </Suspense>
    );
  return { go, dialog };
}
