import { Label, Radio, RadioGroup } from 'react-aria-components';

/** A small set of exclusive choices as radio buttons (arrow keys move between them). */
export function StatusRadios<T extends string>(props: {
  label: string;
  hiddenLabel?: boolean;
  value: T;
  options: readonly { id: T; label: string }[];
  onChange: (value: T) => void;
  isDisabled?: boolean;
  errorId?: string | undefined;
}) {
  return (
    <RadioGroup
      value={props.value}
      onChange={(v) => props.onChange(v as T)}
      orientation="horizontal"
      isDisabled={props.isDisabled ?? false}
      aria-describedby={props.errorId}
    >
      <Label className={props.hiddenLabel === true ? 'visually-hidden' : 'select-label'}>{props.label}</Label>
      <div className="radios">
        {props.options.map((o) => (
          <Radio key={o.id} value={o.id} className="radio">
            <span className="radio-mark" aria-hidden="true" />
            {o.label}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
