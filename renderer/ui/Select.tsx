import type { Key } from 'react-aria-components';
import { Button, Label, ListBox, ListBoxItem, Popover, Select as AriaSelect, SelectValue, Text } from 'react-aria-components';
import { typeaheadText } from './typeahead';

export interface Option {
  id: string;
  label: string;
}

/**
 * A labelled list to pick from (react-aria: keyboard, typeahead, screen readers), with the
 * register's refusal written under it and tied to it by aria-describedby.
 */
export function Select(props: {
  label: string;
  /** The label stays for screen readers only (in a grid row whose header already says it). */
  hiddenLabel?: boolean;
  options: readonly Option[];
  value: string | null;
  onChange: (id: string) => void;
  error?: string | null;
  isDisabled?: boolean;
  placeholder?: string;
}) {
  return (
    <AriaSelect
      className="select"
      selectedKey={props.value}
      onSelectionChange={(key: Key | null) => key !== null && props.onChange(String(key))}
      isDisabled={props.isDisabled ?? false}
      isInvalid={props.error != null}
      placeholder={props.placeholder ?? 'Choisir…'}
    >
      <Label className={props.hiddenLabel === true ? 'visually-hidden' : 'select-label'}>{props.label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </Button>
      {props.error != null && (
        <Text slot="errorMessage" className="field-error">
          {props.error}
        </Text>
      )}
      <Popover className="popover">
        <ListBox className="listbox" items={props.options}>
          {(o) => (
            <ListBoxItem id={o.id} className="option" textValue={typeaheadText(o.label)}>
              {o.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
