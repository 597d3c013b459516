import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Input, Label, Modal, ModalOverlay, Text, TextField } from 'react-aria-components';
import type { ContractClient } from '../../../shared/contract/client';
import type { BodyCode } from '../../../shared/domain/body';

/** « Renuméroter » an act: a dialog asking for the new number, the register's refusal under the field. */
export function RenumberForm(props: { client: ContractClient; body: BodyCode; date: string; act: string; onDone: (number: string) => void }) {
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    // Each opening starts afresh: an earlier refusal or number is not carried into the next one.
    <DialogTrigger
      onOpenChange={(open) => {
        if (!open) return;
        setNumber('');
        setError(null);
      }}
    >
      <Button className="secondary">Renuméroter {props.act}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <Form
                validationBehavior="aria"
                onSubmit={(e) => {
                  e.preventDefault();
                  void props.client.call('act:renumber', { body: props.body, date: props.date, act: props.act, number }).then((r) => {
                    if (!r.ok) return setError(r.error.message);
                    close();
                    props.onDone(r.value.number);
                  });
                }}
              >
                <Heading slot="title">Renuméroter {props.act}</Heading>
                <p>Un numéro déjà donné dans la séance, même à un acte retiré, n'est jamais redonné.</p>
                <TextField
                  className="field"
                  value={number}
                  onChange={(text) => {
                    setNumber(text);
                    setError(null);
                  }}
                  isInvalid={error !== null}
                  autoFocus
                >
                  <Label>Nouveau numéro</Label>
                  <Input />
                  {error !== null && (
                    <Text slot="errorMessage" className="field-error">
                      {error}
                    </Text>
                  )}
                </TextField>
                <div className="actions">
                  <Button type="submit">Renuméroter</Button>
                  <Button className="secondary" onPress={close}>
                    Annuler
                  </Button>
                </div>
              </Form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
