import type { ReactNode } from 'react';
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import type { SaveState } from './use-save';

/** A labelled text field whose refusal (from the Form's validationErrors) is written right under it. */
export function Field(props: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  type?: 'text' | 'date' | 'password';
  size?: number;
  isRequired?: boolean;
  isReadOnly?: boolean;
}) {
  return (
    <TextField
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      className="settings-field"
      type={props.type ?? 'text'}
      isRequired={props.isRequired ?? false}
      isReadOnly={props.isReadOnly ?? false}
    >
      <Label>{props.label}</Label>
      <Input size={props.size} />
      {props.description !== undefined && <Text slot="description">{props.description}</Text>}
      <FieldError className="error" />
    </TextField>
  );
}

/** The form's outcome: an error that names no field, and the confirmation announced to screen readers. */
export function Outcome({ state }: { state: Pick<SaveState, 'general' | 'done'> }) {
  return (
    <>
      {state.general !== null && (
        <p role="alert" className="error">
          {state.general}
        </p>
      )}
      <p role="status" aria-live="polite" className="ok">
        {state.done}
      </p>
    </>
  );
}
