import { useEffect } from 'react';

/** What the « Quitter sans enregistrer ? » dialog says of the place being left. */
export interface LeavePlace {
  stay: string;
  leave: string;
  /** Where the unsaved text waits meanwhile, or null when leaving loses it. */
  kept: string | null;
}

export const LEAVING_ACT: LeavePlace = {
  stay: "Rester sur l'acte",
  leave: "Quitter l'acte",
  kept: "Le brouillon reste dans cet onglet : vous le retrouverez en revenant sur l'acte.",
};

export const LEAVING_TEMPLATE: LeavePlace = {
  stay: 'Rester sur le modèle',
  leave: 'Quitter sans enregistrer',
  kept: null,
};

/** What leaving now would leave unsaved, and what the dialog says of the place left. */
export interface UnsavedDraft {
  draft: string;
  place: LeavePlace;
}

/*
 * What a screen would lose if the secretary left it now (a refused field's draft, an edited
 * template), asked about before the app changes screen. One screen at a time holds it: the one being edited.
 */
let pending: UnsavedDraft | null = null;

/** Declares, while `warning` is not null, that leaving the screen would leave that draft unsaved. */
export function useLeaveGuard(warning: string | null, place: LeavePlace = LEAVING_ACT): void {
  useEffect(() => {
    const own = warning === null ? null : { draft: warning, place };
    pending = own;
    return () => {
      if (pending === own) pending = null;
    };
  }, [warning, place]);
}

/** What leaving the screen now would leave unsaved (« Objet de l'acte G1 n'est pas enregistré : … »), or null. */
export function unsavedDraft(): UnsavedDraft | null {
  return pending;
}
