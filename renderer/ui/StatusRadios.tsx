import { memo, useId } from 'react';

/**
 * A small set of exclusive choices as radio buttons (arrow keys move between them). Native inputs,
 * not react-aria's: the Présences grid draws 46 of these groups at once, and the browser's own
 * radios give the same keyboard use and accessible names for a fraction of the rendering work.
 */
function StatusRadiosOf<T extends string>(props: {
  label: string;
  hiddenLabel?: boolean;
  value: T;
  options: readonly { id: T; label: string }[];
  onChange: (value: T) => void;
  isDisabled?: boolean;
  errorId?: string | undefined;
}) {
  const id = useId();
  const disabled = props.isDisabled ?? false;
  return (
    <div role="radiogroup" aria-labelledby={`${id}-label`} aria-describedby={props.errorId} aria-disabled={disabled || undefined} aria-orientation="horizontal">
      <span id={`${id}-label`} className={props.hiddenLabel === true ? 'visually-hidden' : 'select-label'}>
        {props.label}
      </span>
      <div className="radios">
        {props.options.map((o) => (
          <label key={o.id} className="radio" data-selected={o.id === props.value || undefined} data-disabled={disabled || undefined}>
            <input
              type="radio"
              className="visually-hidden"
              name={id}
              value={o.id}
              checked={o.id === props.value}
              disabled={disabled}
              // Checked stays the register's: a refused change leaves the previous choice checked.
              onChange={() => props.onChange(o.id)}
            />
            <span className="radio-mark" aria-hidden="true" />
            {o.label}
          </label>
        ))}
      </div>
    </div>
  );
}

export const StatusRadios = memo(StatusRadiosOf) as typeof StatusRadiosOf;
