import { useState } from 'react';
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
 *
 * Until the list is first focused or opened it holds only its chosen option (or its first): react-aria builds a
 * collection (and a hidden native select) of every option of every list on the screen, and the
 * Présences grid alone has a dozen lists of forty members. Focus comes before any typing or
 * opening, so the whole list is there whenever someone uses it.
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
  const [engaged, setEngaged] = useState(false);
  const chosen = props.options.filter((o) => o.id === props.value);
  // Never empty: react-aria does not open an empty list (the first pointer press comes before focus).
  const items = engaged ? props.options : chosen.length > 0 ? chosen : props.options.slice(0, 1);
  return (
    <AriaSelect
      className="select"
      selectedKey={props.value}
      onSelectionChange={(key: Key | null) => key !== null && props.onChange(String(key))}
      isDisabled={props.isDisabled ?? false}
      isInvalid={props.error != null}
      // The refusal is the register's, shown beside the list: never a browser check that would block the next submit.
      validationBehavior="aria"
      placeholder={props.placeholder ?? 'Choisir…'}
      onFocus={() => setEngaged(true)}
      onOpenChange={(open) => open && setEngaged(true)}
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
        <ListBox className="listbox" items={items}>
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
