import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

/**
 * « Quitter sans enregistrer ? »: asked when the secretary leaves an act whose refused field holds a
 * draft. A modal dialog (focus trapped, Échap or « Rester sur l'acte » keeps the act open).
 */
export function LeaveDialog(props: { draft: string; leave: () => void; stay: () => void }) {
  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable onOpenChange={(open) => !open && props.stay()}>
      <Modal className="modal">
        <Dialog className="dialog" role="alertdialog">
          <Heading slot="title">Quitter sans enregistrer ?</Heading>
          <p>{props.draft}</p>
          <p>Le brouillon reste dans cet onglet : vous le retrouverez en revenant sur l'acte.</p>
          <div className="actions">
            <Button className="secondary" onPress={props.stay} autoFocus>
              Rester sur l'acte
            </Button>
            <Button onPress={props.leave}>Quitter l'acte</Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
