import type { Diagnostic, Severity } from '../../core/diagnostics/diagnostic';

interface DiagnosticsListProps {
  diagnostics: readonly Diagnostic[];
}

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** The core's diagnostics in the core's order: severity, code, message and where the rule comes from. */
export function DiagnosticsList({ diagnostics }: DiagnosticsListProps) {
  if (diagnostics.length === 0) {
    return <p className="empty">No findings: the topology passes every check.</p>;
  }
  return (
    <ul className="diagnostics">
      {diagnostics.map((d, i) => (
        <li key={`${d.code}\u0000${d.elements.join('\u0000')}\u0000${i}`} className={`diagnostic diagnostic--${d.severity}`}>
          <div className="diagnostic__head">
            <span className={`badge badge--${d.severity}`}>{SEVERITY_LABEL[d.severity]}</span>
            <code className="diagnostic__code">{d.code}</code>
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

function SourceLink({ source }: { source: string }) {
  if (!source.startsWith('https://')) return <>{source}</>;
  return (
    <a href={source} target="_blank" rel="noreferrer">
      {source.replace(/^https:\/\/learn\.microsoft\.com\//, 'Microsoft Learn: ')}
    </a>
  );
}
