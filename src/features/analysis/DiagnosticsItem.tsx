import { memo } from 'react';
import type { Diagnostic, ElementRef, Severity } from '../../core/diagnostics/diagnostic';
import { messageOf } from '../../core/diagnostics/diagnostic';
import { useLanguage, useT } from '../../i18n/useT';
import { Finding } from '../../lib/ui/Finding';
import { messages } from './messages';
import { useLbRows } from './lbRows';

/** The severity's word in the UI's language. */
export const SEVERITY_LABEL = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const satisfies Record<
  Severity,
  keyof typeof messages.en
>;

interface DiagnosticsItemProps {
  diagnostic: Diagnostic;
  onSelect: (refs: ElementRef[]) => void;
}

/** One finding: severity, code, message, source, and a button that selects (and reveals) what it names. */
export const DiagnosticsItem = memo(function DiagnosticsItem({ diagnostic: d, onSelect }: DiagnosticsItemProps) {
  const t = useT(messages);
  const language = useLanguage();
  const { several: severalLbs } = useLbRows();
  // Long lists (a pool of hundreds) would make the button unreadable; the message names them all anyway.
  const names = (refs: readonly ElementRef[]) => {
    const shown = refs
      .slice(0, 4)
      .map((r) => r.name)
      .join(', ');
    return refs.length > 4 ? t('namesMore', { names: shown, n: refs.length - 4 }) : shown;
  };
  return (
    <Finding
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
          {severalLbs && (
            <span className="diagnostic__lb" data-lb={d.loadBalancer ?? ''}>
              {d.loadBalancer !== undefined ? t('findingLb', { name: d.loadBalancer }) : t('findingAcross')} ·{' '}
            </span>
          )}
          {t('source')} <SourceLink source={d.source} />
        </>
      }
    >
      {messageOf(d, language)}
    </Finding>
  );
});

function SourceLink({ source }: { source: string }) {
  if (!source.startsWith('https://')) return <>{source}</>;
  return (
    <a href={source} target="_blank" rel="noreferrer">
      {source.replace(/^https:\/\/learn\.microsoft\.com\//, 'Microsoft Learn: ')}
    </a>
  );
}
