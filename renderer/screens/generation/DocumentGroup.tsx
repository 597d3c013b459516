import type { ReactNode } from 'react';
import { useId } from 'react';
import { Checkbox, CheckboxGroup } from 'react-aria-components';
import type { PlannedDocumentView } from '../../../shared/contract/contract';
import { CheckMark } from '../../ui/Check';

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
        className="check generation-all"
        isSelected={all}
        isIndeterminate={chosen.length > 0 && !all}
        isDisabled={props.disabled}
        onChange={(on) => props.onChange(ids, on)}
      >
        {({ isSelected, isIndeterminate }) => (
          <>
            <CheckMark selected={isSelected} indeterminate={isIndeterminate} />
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
            <Checkbox value={d.id} className="check" aria-describedby={`${prefix}-${i}`}>
              {({ isSelected }) => (
                <>
                  <CheckMark selected={isSelected} />
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
