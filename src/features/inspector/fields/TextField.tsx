import type { KeyboardEvent } from 'react';
import type { Parsed } from '../draft';
import { FieldShell } from './FieldShell';
import { useDraft } from './useDraft';

export interface TextFieldProps<T> {
  label: string;
  value: string;
  parse: (raw: string) => Parsed<T>;
  /** Called with a well-formed value on blur or Enter; may return why the store refused it. */
  onCommit: (value: T) => string | void;
  hint?: string;
  placeholder?: string;
  inputMode?: 'text' | 'numeric' | 'decimal';
  mono?: boolean;
  /** A textarea: Enter adds a line, so it commits on blur or Ctrl/Cmd+Enter. */
  multiline?: boolean;
}

/** A text input that validates as typed and commits only well-formed values (Enter or blur; Escape reverts). */
export function TextField<T>({ label, value, parse, onCommit, hint, placeholder, inputMode, mono, multiline }: TextFieldProps<T>) {
  const draft = useDraft(value, parse, onCommit);
  return (
    <FieldShell label={label} hint={hint} problem={draft.problem}>
      {({ control, describedBy }) => {
        const common = {
          id: control,
          className: mono ? 'field__input field__input--mono' : 'field__input',
          value: draft.text,
          placeholder,
          spellCheck: false,
          'aria-invalid': draft.problem ? true : undefined,
          'aria-describedby': describedBy,
          onBlur: draft.flush,
          onKeyDown: (e: KeyboardEvent) => {
            if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) draft.flush();
            if (e.key === 'Escape') draft.revert();
          },
        };
        return multiline ? (
          <textarea {...common} rows={3} onChange={(e) => draft.change(e.target.value)} />
        ) : (
          <input {...common} type="text" inputMode={inputMode} autoComplete="off" onChange={(e) => draft.change(e.target.value)} />
        );
      }}
    </FieldShell>
  );
}
