import type { Key } from 'react-aria-components';
import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Radio, RadioGroup, Select, SelectValue } from 'react-aria-components';

/** A few options as radio buttons (civility, body), labelled, its refusal under it; none chosen while `value` is null. */
export function Choice<T extends string>(props: {
  name: string;
  label: string;
  value: T | null;
  options: readonly { id: T; label: string }[];
  onChange: (value: T) => void;
  isRequired?: boolean;
}) {
  return (
    <RadioGroup
      name={props.name}
      value={props.value}
      onChange={(v) => props.onChange(v as T)}
      orientation="horizontal"
      className="settings-field settings-choice"
      isRequired={props.isRequired ?? false}
    >
      <Label>{props.label}</Label>
      <div className="settings-radios">
        {props.options.map((o) => (
          <Radio key={o.id} value={o.id}>
            {o.label}
          </Radio>
        ))}
      </div>
      <FieldError className="error" />
    </RadioGroup>
  );
}

/** A list to pick from (a member among many), labelled, its refusal under it. */
export function Pick(props: { name: string; label: string; value: number | null; options: readonly { id: number; label: string }[]; onChange: (value: number) => void }) {
  return (
    <Select
      name={props.name}
      selectedKey={props.value}
      onSelectionChange={(key: Key | null) => key !== null && props.onChange(Number(key))}
      className="settings-field"
      placeholder="Choisir…"
    >
      <Label>{props.label}</Label>
      <Button className="settings-select">
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </Button>
      <FieldError className="error" />
      <Popover className="settings-popover">
        <ListBox items={props.options}>{(o) => <ListBoxItem id={o.id}>{o.label}</ListBoxItem>}</ListBox>
      </Popover>
    </Select>
  );
}
