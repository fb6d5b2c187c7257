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
}

/** A text input that validates as typed and commits only well-formed values (Enter or blur; Escape reverts). */
export function TextField<T>({ label, value, parse, onCommit, hint, placeholder, inputMode, mono }: TextFieldProps<T>) {
  const draft = useDraft(value, parse, onCommit);
  return (
    <FieldShell label={label} hint={hint} problem={draft.problem}>
      {({ control, describedBy }) => (
        <input
          id={control}
          className={mono ? 'field__input field__input--mono' : 'field__input'}
          type="text"
          value={draft.text}
          placeholder={placeholder}
          inputMode={inputMode}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={draft.problem ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => draft.change(e.target.value)}
          onBlur={draft.flush}
          onKeyDown={(e) => {
            if (e.key === 'Enter') draft.flush();
            if (e.key === 'Escape') draft.revert();
          }}
        />
      )}
    </FieldShell>
  );
}
