import { loadErrorMessage, type LoadError } from '../../core/topology/load';
import { useLanguage } from '../../i18n/useT';
import './presets.css';

interface LoadErrorsProps {
  title: string;
  errors: readonly LoadError[];
}

/** Shows why a document could not be loaded, one line per error with its JSON path. */
export function LoadErrors({ title, errors }: LoadErrorsProps) {
  const language = useLanguage();
  return (
    <div className="load-errors" role="alert">
      <p className="load-errors__title">{title}</p>
      <ul>
        {errors.map((error, i) => (
          <li key={i}>
            {error.path ? <code>{error.path}</code> : null}
            {error.path ? ': ' : null}
            {loadErrorMessage(error, language)}
          </li>
        ))}
      </ul>
    </div>
  );
}
