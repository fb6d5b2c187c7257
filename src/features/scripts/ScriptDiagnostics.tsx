import type { Severity } from '../../core/diagnostics/diagnostic';
import type { ScriptDiagnostic } from '../../core/scripts/diagnostics';
import { scriptDiagnosticMessage } from '../../core/scripts/diagnosticText';
import { useLanguage, useT } from '../../i18n/useT';
import { messages } from './messages';

const SEVERITY_LABEL = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const satisfies Record<Severity, keyof typeof messages.en>;

/** The core's findings about this script (severity, code, message), shown above it. */
export function ScriptDiagnostics({ diagnostics }: { diagnostics: readonly ScriptDiagnostic[] }) {
  const t = useT(messages);
  const language = useLanguage();
  if (diagnostics.length === 0) return null;
  return (
    <ul className="diagnostics scripts-diagnostics" aria-label={t('scriptDiagnostics')}>
      {diagnostics.map((d, i) => (
        <li key={`${d.code}\u0000${i}`} className={`diagnostic diagnostic--${d.severity}`}>
          <div className="diagnostic__head">
            <span className={`badge badge--${d.severity}`}>{t(SEVERITY_LABEL[d.severity])}</span>
            <code className="diagnostic__code">{d.code}</code>
          </div>
          <p className="diagnostic__message">{scriptDiagnosticMessage(d, language)}</p>
        </li>
      ))}
    </ul>
  );
}
