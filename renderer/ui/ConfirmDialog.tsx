import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';

/**
 * A button that asks before it acts: a modal dialog (focus trapped, Échap closes it) saying what
 * will happen, with the action and « Annuler ».
 */
export function ConfirmDialog(props: { trigger: string; triggerClass?: string; title: string; action: string; onConfirm: () => void; children: ReactNode; isDisabled?: boolean }) {
  return (
    <DialogTrigger>
      <Button className={props.triggerClass ?? 'link'} isDisabled={props.isDisabled ?? false}>
        {props.trigger}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{props.title}</Heading>
                {props.children}
                <div className="actions">
                  <Button
                    onPress={() => {
                      props.onConfirm();
                      close();
                    }}
                  >
                    {props.action}
                  </Button>
                  <Button className="secondary" onPress={close}>
                    Annuler
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
