import type { ReactNode } from 'react';
import { Checkbox } from 'react-aria-components';

/** A checkbox that shows its box, ticked or empty, before its label. */
export function Check(props: { isSelected: boolean; isDisabled?: boolean; onChange: (selected: boolean) => void; children: ReactNode }) {
  return (
    <Checkbox className="check" isSelected={props.isSelected} isDisabled={props.isDisabled ?? false} onChange={props.onChange}>
      {({ isSelected }) => (
        <>
          <span className="check-box" aria-hidden="true">
            {isSelected ? '✓' : ''}
          </span>
          {props.children}
        </>
      )}
    </Checkbox>
  );
}
