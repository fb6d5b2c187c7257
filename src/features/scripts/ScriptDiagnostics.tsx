import type { Severity } from '../../core/diagnostics/diagnostic';
import type { ScriptDiagnostic } from '../../core/scripts/diagnostics';

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** The core's findings about this script (severity, code, message), shown above it. */
export function ScriptDiagnostics({ diagnostics }: { diagnostics: readonly ScriptDiagnostic[] }) {
  if (diagnostics.length === 0) return null;
  return (
    <ul className="diagnostics scripts-diagnostics" aria-label="Script diagnostics">
      {diagnostics.map((d, i) => (
        <li key={`${d.code}\u0000${i}`} className={`diagnostic diagnostic--${d.severity}`}>
          <div className="diagnostic__head">
            <span className={`badge badge--${d.severity}`}>{SEVERITY_LABEL[d.severity]}</span>
            <code className="diagnostic__code">{d.code}</code>
          </div>
          <p className="diagnostic__message">{d.message}</p>
        </li>
      ))}
    </ul>
  );
}
