import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { UnsavedDraft } from './leave-guard';

/**
 * « Quitter sans enregistrer ? »: asked when the secretary leaves an act whose refused field holds a
 * draft, or a template edited and not saved. A modal dialog (focus trapped, Échap or « Rester… » keeps the screen open).
 */
export function LeaveDialog(props: { unsaved: UnsavedDraft; leave: () => void; stay: () => void }) {
  const { draft, place } = props.unsaved;
  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable onOpenChange={(open) => !open && props.stay()}>
      <Modal className="modal">
        <Dialog className="dialog" role="alertdialog">
          <Heading slot="title">Quitter sans enregistrer ?</Heading>
          <p>{draft}</p>
          {place.kept !== null && <p>{place.kept}</p>}
          <div className="actions">
            <Button className="secondary" onPress={props.stay} autoFocus>
              {place.stay}
            </Button>
            <Button onPress={props.leave}>{place.leave}</Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
