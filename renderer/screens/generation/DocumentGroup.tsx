import type { ReactNode } from 'react';
import { useId } from 'react';
import { Checkbox, CheckboxGroup } from 'react-aria-components';
import type { PlannedDocumentView } from '../../../shared/contract/contract';

/** The box a react-aria Checkbox draws: ticked, empty or partly ticked ("tout cocher" of a group half chosen). */
export function Box({ selected, indeterminate }: { selected: boolean; indeterminate: boolean }) {
  return (
    <span className="generation-box" aria-hidden="true">
      {indeterminate ? '–' : selected ? '✓' : ''}
    </span>
  );
}

/** One group of documents: « Tout cocher » and a checkbox per document, its file name beside it. */
export function DocumentGroup(props: {
  title: string;
  docs: PlannedDocumentView[];
  selected: ReadonlySet<string>;
  onChange: (ids: string[], selected: boolean) => void;
  disabled: boolean;
  children?: ReactNode;
}) {
  const { docs, selected } = props;
  const chosen = docs.filter((d) => selected.has(d.id)).map((d) => d.id);
  const all = docs.length > 0 && chosen.length === docs.length;
  const ids = docs.map((d) => d.id);
  const prefix = useId();
  return (
    <fieldset className="generation-group">
      <legend>
        {props.title} <span className="generation-count">({chosen.length} sur {docs.length})</span>
      </legend>
      <Checkbox
        className="generation-check generation-all"
        isSelected={all}
        isIndeterminate={chosen.length > 0 && !all}
        isDisabled={props.disabled}
        onChange={(on) => props.onChange(ids, on)}
      >
        {({ isSelected, isIndeterminate }) => (
          <>
            <Box selected={isSelected} indeterminate={isIndeterminate} />
            Tout cocher<span className="visually-hidden"> : {props.title}</span>
          </>
        )}
      </Checkbox>
      <CheckboxGroup
        aria-label={props.title}
        className="generation-list"
        value={chosen}
        isDisabled={props.disabled}
        onChange={(value) => {
          const next = new Set(value);
          props.onChange(ids.filter((id) => next.has(id)), true);
          props.onChange(ids.filter((id) => !next.has(id)), false);
        }}
      >
        {docs.map((d, i) => (
          <div key={d.id} className="generation-item">
            <Checkbox value={d.id} className="generation-check" aria-describedby={`${prefix}-${i}`}>
              {({ isSelected }) => (
                <>
                  <Box selected={isSelected} indeterminate={false} />
                  {d.label}
                </>
              )}
            </Checkbox>
            <span id={`${prefix}-${i}`} className="generation-file">
              {d.fileName}
            </span>
            {d.detail !== null && (
              <span className="generation-detail" title={d.detail}>
                {d.detail}
              </span>
            )}
          </div>
        ))}
      </CheckboxGroup>
      {props.children}
    </fieldset>
  );
}
