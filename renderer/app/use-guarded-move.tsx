import { useState } from 'react';
import type { ReactNode } from 'react';
import type { UnsavedDraft } from './leave-guard';
import { unsavedDraft } from './leave-guard';
import { LeaveDialog } from './LeaveDialog';

/**
 * A move within a screen (another tab of Paramètres, another template) that asks « Quitter sans
 * enregistrer ? » first when the part left holds an unsaved edit, as the desk does between screens.
 * Returns the guarded move and the dialog to render.
 */
export function useGuardedMove<T>(move: (next: T) => void): { go: (next: T) => void; dialog: ReactNode } {
  const [asking, setAsking] = useState<{ unsaved: UnsavedDraft; next: T } | null>(null);
  const go = (next: T) => {
    const unsaved = unsavedDraft();
    if (unsaved === null) move(next);
    else setAsking({ unsaved, next });
  };
  const dialog =
    asking === null ? null : (
      <LeaveDialog
        unsaved={asking.unsaved}
        stay={() => setAsking(null)}
        leave={() => {
          setAsking(null);
          move(asking.next);
        }}
      />
    );
  return { go, dialog };
}
