import { useEffect, useRef, useState } from 'react';
import type { AppErrorInfo, Result } from '../../../shared/domain/errors';
import { messagesByField } from '../../../shared/domain/errors';

/** What a settings form shows after its last call: errors by field, an error of the whole form, a confirmation. */
export interface SaveState {
  /** For react-aria's Form `validationErrors`: the message shown next to the named field. */
  errors: Record<string, string>;
  /** A refusal that names no field of this form. */
  general: string | null;
  done: string | null;
  busy: boolean;
}

/**
 * Runs one save of a form: each of the register's French refusals goes next to the field it names
 * (mapped by `fieldOf` to the form's field names), the confirmation to the form's live region.
 */
export function useSave(fields: readonly string[], fieldOf: (field: string) => string = (f) => f) {
  const [state, setState] = useState<SaveState>({ errors: {}, general: null, done: null, busy: false });
  const refuse = (error: AppErrorInfo) => {
    // Every refused field at once (D2), each message under its own field.
    const issues = (error.issues ?? [{ field: error.field ?? '', message: error.message }]).map((i) => ({ ...i, field: fieldOf(i.field) }));
    const { general = null, ...errors } = messagesByField({ ...error, issues }, fields.filter((f) => f !== 'general'));
    setState({ errors, general, done: null, busy: false });
  };
  // The form's button is disabled while its save runs: the focus it held would fall to the page.
  // Once the answer is drawn, a refusal takes the focus to the first refused field; otherwise a focus
  // lost goes back to the form's button (a focus still in the form, in a field typed in, stays).
  const form = useRef<HTMLFormElement | null>(null);
  const refocus = useRef<'refused' | 'saved' | null>(null);
  useEffect(() => {
    const answer = refocus.current;
    refocus.current = null;
    const refused = answer === 'refused' ? form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (refused != null) refused.focus();
    else if (answer !== null && lost) form.current?.querySelector<HTMLElement>('button[type="submit"]')?.focus();
  }, [state]);
  const run = async <T>(call: () => Promise<Result<T>>, confirm: (value: T) => string, then?: (value: T) => void) => {
    form.current = document.activeElement instanceof HTMLElement ? document.activeElement.closest('form') : null;
    setState({ errors: {}, general: null, done: null, busy: true });
    const reply = await call();
    if (!reply.ok) {
      refocus.current = 'refused';
      return refuse(reply.error);
    }
    refocus.current = 'saved';
    setState({ errors: {}, general: null, done: confirm(reply.value), busy: false });
    then?.(reply.value);
  };
  // A refusal leaves as soon as the secretary edits the form: were it to leave on blur, the field's
  // message would vanish under the pointer on the way to the button, moving the button away.
  const edited = () => setState((s) => (Object.keys(s.errors).length === 0 ? s : { ...s, errors: {} }));
  return { ...state, run, refuse, edited };
}
