import type { Diagnostic, ElementRef, Severity } from '../../core/diagnostics/diagnostic';

interface DiagnosticsListProps {
  diagnostics: readonly Diagnostic[];
  onSelect: (refs: ElementRef[]) => void;
}

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** The core's diagnostics in the core's order: severity, code, message, source, and a way to select what they name. */
export function DiagnosticsList({ diagnostics, onSelect }: DiagnosticsListProps) {
  return (
    <ul className="diagnostics">
      {diagnostics.map((d, i) => (
        <li key={`${d.code}\u0000${d.elements.join('\u0000')}\u0000${i}`} className={`diagnostic diagnostic--${d.severity}`}>
          <div className="diagnostic__head">
            <span className={`badge badge--${d.severity}`}>{SEVERITY_LABEL[d.severity]}</span>
            <code className="diagnostic__code">{d.code}</code>
            {d.refs.length > 0 && (
              <button type="button" className="diagnostic__select" onClick={() => onSelect(d.refs)}>
                Select {names(d.refs)}
              </button>
            )}
          </div>
          <p className="diagnostic__message">{d.message}</p>
          <p className="diagnostic__source">
            Source: <SourceLink source={d.source} />
          </p>
        </li>
      ))}
    </ul>
  );
}

// Long lists (a pool of hundreds) would make the button unreadable; the message names them all anyway.
function names(refs: readonly ElementRef[]): string {
  const shown = refs.slice(0, 4).map((r) => r.name);
  return refs.length > 4 ? `${shown.join(', ')} and ${refs.length - 4} more` : shown.join(', ');
}

function SourceLink({ source }: { source: string }) {
  if (!source.startsWith('https://')) return <>{source}</>;
  return (
    <a href={source} target="_blank" rel="noreferrer">
      {source.replace(/^https:\/\/learn\.microsoft\.com\//, 'Microsoft Learn: ')}
    </a>
  );
}
