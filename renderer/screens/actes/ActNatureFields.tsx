import { useState } from 'react';
import type { Key } from 'react-aria-components';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import type { ContractClient } from '../../../shared/contract/client';
import type { ActReferenceView } from '../../../shared/contract/contract';
import type { BodyCode } from '../../../shared/domain/body';
import type { NatureCode } from '../../../shared/rules/ctes-id';
import { numericDate } from '../../../shared/rules/french-dates';
import { Refused, Waiting } from '../../app/Status';
import { useLiveCall } from '../../app/use-call';
import { Select } from '../../ui/Select';
import { matchingSubjects } from './subject-search';
import './act-reference.css';

/**
 * The @ctes nature and matière of an act, saved as soon as chosen; the matière is searched in the
 * classification in force by code or by label (« 7.3 », « emprunt »).
 */
export function ActNatureFields(props: { client: ContractClient; body: BodyCode; date: string; act: string }) {
  const { client, body, date, act } = props;
  const { loaded, replace } = useLiveCall(client, 'act:reference', { body, date, act });
  const [error, setError] = useState<{ field: 'nature' | 'subject'; message: string } | null>(null);
  const [saved, setSaved] = useState('');
  if (loaded.state === 'error') return <Refused error={loaded.error} />;
  if (loaded.state === 'loading') return <Waiting />;
  const view = loaded.value;

  const save = async (next: { nature: string; subject: string | null }, field: 'nature' | 'subject') => {
    const reply = await client.call('act:set-reference', { body, date, act, nature: next.nature as NatureCode, subject: next.subject });
    if (!reply.ok) {
      setSaved('');
      return setError({ field, message: reply.error.message });
    }
    setError(null);
    replace(reply.value);
    setSaved(field === 'nature' ? 'Nature enregistrée.' : 'Matière enregistrée.');
  };

  return (
    <fieldset className="act-reference">
      <legend>Nature et matière @ctes</legend>
      <Select
        label="Nature de l'acte"
        options={view.natures.map((n) => ({ id: n.code, label: `${n.code} — ${n.label}` }))}
        value={view.nature}
        isDisabled={!view.editable}
        error={error?.field === 'nature' ? error.message : null}
        onChange={(nature) => void save({ nature, subject: view.subject }, 'nature')}
      />
      <SubjectField view={view} error={error?.field === 'subject' ? error.message : null} onChange={(subject) => void save({ nature: view.nature, subject }, 'subject')} />
      <p role="status" aria-live="polite" className="ok">
        {saved}
      </p>
    </fieldset>
  );
}

function SubjectField(props: { view: ActReferenceView; error: string | null; onChange: (subject: string | null) => void }) {
  const { view } = props;
  const current = view.subjects.find((s) => s.code === view.subject);
  const [text, setText] = useState(current?.label ?? '');
  // react-aria filters only `defaultItems`: with the list given here, the search is ours. The chosen
  // matière's own label, as the field shows it once chosen, is no search: the whole list opens.
  const shown = (current !== undefined && text === current.label ? view.subjects : matchingSubjects(view.subjects, text)).map((s) => ({ id: s.code, label: s.label }));
  return (
    <ComboBox
      className="field combobox"
      items={shown}
      allowsEmptyCollection
      selectedKey={view.subject}
      inputValue={text}
      onInputChange={setText}
      onSelectionChange={(key: Key | null) => {
        if (key === null) return;
        setText(view.subjects.find((s) => s.code === key)?.label ?? String(key));
        props.onChange(String(key));
      }}
      isDisabled={!view.editable}
      isInvalid={props.error !== null}
      menuTrigger="focus"
    >
      <Label>Matière (classification du {numericDate(view.classificationDate)})</Label>
      <div className="combobox-row">
        <Input
          placeholder="Code ou libellé : 7.3, emprunt…"
          // Échap and leaving the field give up the search: the field shows the matière chosen, unchanged
          // (react-aria would look it up in the filtered list, where it may not be).
          onKeyDown={(e) => e.key === 'Escape' && setText(current?.label ?? '')}
          onBlur={() => setText(current?.label ?? '')}
        />
        <Button className="select-button narrow" aria-label="Afficher les matières">
          ▾
        </Button>
      </div>
      <Text slot="description" className="field-hint">
        {current === undefined ? 'Aucune matière : le paquet @ctes de l’acte ne peut pas être produit.' : `Matière ${current.code}.`}
      </Text>
      {props.error !== null && (
        <Text slot="errorMessage" className="field-error">
          {props.error}
        </Text>
      )}
      <Popover className="popover">
        <ListBox className="listbox" renderEmptyState={() => <p className="field-hint">Aucune matière ne correspond à « {text} ».</p>}>
          {(item: { id: string; label: string }) => (
            <ListBoxItem id={item.id} className="option">
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
