import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

/**
 * A question asked before a step that cannot be undone (leaving a refused draft, sealing acts or a
 * recueil): a modal alert dialog, focus trapped, whose safe answer has the focus — Entrée and Échap
 * keep things as they are; the other button goes ahead.
 */
export function AskDialog(props: { title: string; children: ReactNode; safe: string; onSafe: () => void; ahead: string; onAhead: () => void }) {
  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable onOpenChange={(open) => !open && props.onSafe()}>
      <Modal className="modal">
        <Dialog className="dialog" role="alertdialog">
          <Heading slot="title">{props.title}</Heading>
          {props.children}
          <div className="actions">
            <Button className="secondary" onPress={props.onSafe} autoFocus>
              {props.safe}
            </Button>
            <Button onPress={props.onAhead}>{props.ahead}</Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
