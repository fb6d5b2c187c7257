import type { Diagnostic, ElementRef, Severity } from '../../core/diagnostics/diagnostic';
import { messageOf } from '../../core/diagnostics/diagnostic';
import { useLanguage, useT } from '../../i18n/useT';
import { messages } from './messages';
import { Finding, FindingList } from '../../lib/ui/Finding';

interface DiagnosticsListProps {
  diagnostics: readonly Diagnostic[];
  onSelect: (refs: ElementRef[]) => void;
}

const SEVERITY_LABEL = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const satisfies Record<
  Severity,
  keyof typeof messages.en
>;

/** The core's diagnostics in the core's order: severity, code, message, source, and a way to select what they name. */
export function DiagnosticsList({ diagnostics, onSelect }: DiagnosticsListProps) {
  const t = useT(messages);
  const language = useLanguage();
  // Long lists (a pool of hundreds) would make the button unreadable; the message names them all anyway.
  const names = (refs: readonly ElementRef[]) => {
    const shown = refs
      .slice(0, 4)
      .map((r) => r.name)
      .join(', ');
    return refs.length > 4 ? t('namesMore', { names: shown, n: refs.length - 4 }) : shown;
  };
  return (
    <FindingList>
      {diagnostics.map((d, i) => (
        <Finding
          key={`${d.code}\u0000${d.elements.join('\u0000')}\u0000${i}`}
          severity={d.severity}
          severityLabel={t(SEVERITY_LABEL[d.severity])}
          code={d.code}
          action={
            d.refs.length > 0 && (
              <button type="button" className="diagnostic__select" onClick={() => onSelect(d.refs)}>
                {t('select', { names: names(d.refs) })}
              </button>
            )
          }
          foot={
            <>
              {t('source')} <SourceLink source={d.source} />
            </>
          }
        >
          {messageOf(d, language)}
        </Finding>
      ))}
    </FindingList>
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
