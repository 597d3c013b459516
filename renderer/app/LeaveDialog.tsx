import { AskDialog } from '../ui/AskDialog';
import type { UnsavedDraft } from './leave-guard';

/**
 * « Quitter sans enregistrer ? »: asked when the secretary leaves an act whose refused field holds a
 * draft, or a template edited and not saved (Échap or « Rester… » keeps the screen open).
 */
export function LeaveDialog(props: { unsaved: UnsavedDraft; leave: () => void; stay: () => void }) {
  const { draft, place } = props.unsaved;
  return (
    <AskDialog title="Quitter sans enregistrer ?" safe={place.stay} onSafe={props.stay} ahead={place.leave} onAhead={props.leave}>
      <p>{draft}</p>
      {place.kept !== null && <p>{place.kept}</p>}
    </AskDialog>
  );
}
