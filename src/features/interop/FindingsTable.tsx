import type { Severity } from '../../core/diagnostics/diagnostic';
import { importDiagnosticMessage } from '../../core/import/text';
import { useLanguage, useT } from '../../i18n/useT';
import { messages } from './messages';
import type { SummaryFinding } from './summary';

/** Every import diagnostic: severity, code (and whether it left a placeholder), where in the input, message (in the UI's language). */
export function FindingsTable({ findings, caption }: { findings: readonly SummaryFinding[]; caption: string }) {
  const t = useT(messages);
  const language = useLanguage();
  const severityLabel = (s: Severity) => t(s);
  return (
    // Focusable and named, so keyboard users can scroll a long list.
    <div className="interop-findings" tabIndex={0} role="region" aria-label={t('findingsLabel')}>
      <table className="interop-findings__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colSeverity')}</th>
            <th scope="col">{t('colCode')}</th>
            <th scope="col">{t('colPath')}</th>
            <th scope="col">{t('colMessage')}</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((f, i) => (
            <tr key={`${f.code}\u0000${f.path ?? ''}\u0000${i}`} data-code={f.code}>
              <td>
                <span className={`badge badge--${f.severity}`}>{severityLabel(f.severity)}</span>
              </td>
              <td>
                <code>{f.code}</code>
                {f.placeholder && <span className="interop-tag">{t('placeholder')}</span>}
              </td>
              <td>{f.path ? <code className="interop-path">{f.path}</code> : '—'}</td>
              <td>{importDiagnosticMessage(f, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
