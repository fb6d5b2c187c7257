import type { Severity } from '../../core/diagnostics/diagnostic';
import type { ScriptDiagnostic } from '../../core/scripts/diagnostics';
import { messageOf } from '../../core/diagnostics/diagnostic';
import { useLanguage, useT } from '../../i18n/useT';
import { messages } from './messages';
import { Finding, FindingList } from '../../lib/ui/Finding';

const SEVERITY_LABEL = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const satisfies Record<
  Severity,
  keyof typeof messages.en
>;

/** The core's findings about this script (severity, code, message), shown above it. */
export function ScriptDiagnostics({ diagnostics }: { diagnostics: readonly ScriptDiagnostic[] }) {
  const t = useT(messages);
  const language = useLanguage();
  if (diagnostics.length === 0) return null;
  return (
    <FindingList label={t('scriptDiagnostics')}>
      {diagnostics.map((d, i) => (
        <Finding key={`${d.code}\u0000${i}`} severity={d.severity} severityLabel={t(SEVERITY_LABEL[d.severity])} code={d.code}>
          {messageOf(d, language)}
        </Finding>
      ))}
    </FindingList>
  );
}
