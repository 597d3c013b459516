import type { ReactNode } from 'react';
import { Checkbox } from 'react-aria-components';

/**
 * The box a react-aria Checkbox draws (it draws none of its own): ticked, empty, or partly ticked
 * (« Tout cocher » of a group half chosen). For a Checkbox whose className is `check`.
 */
export function CheckMark({ selected, indeterminate = false }: { selected: boolean; indeterminate?: boolean }) {
  return (
    <span className="check-box" aria-hidden="true">
      {indeterminate ? '–' : selected ? '✓' : ''}
    </span>
  );
}

/** A checkbox that shows its box, ticked or empty, before its label. */
export function Check(props: { isSelected: boolean; isDisabled?: boolean; onChange: (selected: boolean) => void; children: ReactNode }) {
  return (
    <Checkbox className="check" isSelected={props.isSelected} isDisabled={props.isDisabled ?? false} onChange={props.onChange}>
      {({ isSelected }) => (
        <>
          <CheckMark selected={isSelected} />
          {props.children}
        </>
      )}
    </Checkbox>
  );
}
