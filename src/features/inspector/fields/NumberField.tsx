import { useLanguage } from '../../../i18n/useT';
import { parseInteger, parseOptionalInteger } from '../draft';
import { TextField } from './TextField';

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
  /** When true an empty field is allowed and means "not set". */
  optional?: boolean;
  example?: string;
  hint?: string;
  placeholder?: string;
}

/** A whole-number input; a text input underneath so "80a" can be shown and explained rather than dropped. */
export function NumberField({ label, value, onCommit, optional, example, hint, placeholder }: NumberFieldProps) {
  const language = useLanguage();
  return (
    <TextField<number | undefined>
      label={label}
      value={value === undefined ? '' : String(value)}
      parse={(raw) => (optional ? parseOptionalInteger(raw, example, language) : parseInteger(raw, example, language))}
      onCommit={onCommit}
      hint={hint}
      placeholder={placeholder}
      inputMode="numeric"
      mono
    />
  );
}
