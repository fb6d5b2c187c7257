import { memo } from 'react';
import type { Diagnostic, ElementRef } from '../../core/diagnostics/diagnostic';
import { useT } from '../../i18n/useT';
import { DiagnosticsList } from './DiagnosticsList';
import { messages } from './messages';
import { SeverityFilterControl } from './SeverityFilterControl';
import { countBySeverity, filterBySeverity } from './severity';
import { Button } from '../../lib/ui/Button';
import { useAnalysisView } from './viewState';
import { LbFilterControl } from './LbFilterControl';

interface DiagnosticsViewProps {
  diagnostics: readonly Diagnostic[];
  onSelect: (refs: ElementRef[]) => void;
  /** The topology's load balancers: with several, a filter picks one (the findings are already about that one). */
  loadBalancers?: readonly string[];
  /** The load balancer the findings are filtered to, if any. */
  shownLb?: string | undefined;
}

const NONE_OF = { error: 'noneOfError', warning: 'noneOfWarning', info: 'noneOfInfo' } as const;

/**
 * The diagnostics tab: a severity filter and the findings grouped by code (each group pages its own findings),
 * with empty states that say what to do.
 * Memoised: a selection re-renders the panel around it, but changes neither of its props.
 */
export const DiagnosticsView = memo(function DiagnosticsView({ diagnostics, onSelect, loadBalancers = [], shownLb }: DiagnosticsViewProps) {
  const t = useT(messages);
  const { severity: filter, setSeverity: setFilter } = useAnalysisView();
  if (diagnostics.length === 0) {
    return (
      <>
        {loadBalancers.length > 1 && (
          <div className="analysis-toolbar">
            <LbFilterControl names={loadBalancers} />
          </div>
        )}
        <p className="analysis-empty">{shownLb === undefined ? t('noFindings') : t('noFindingsIn', { name: shownLb })}</p>
      </>
    );
  }
  const shown = filterBySeverity(diagnostics, filter);
  return (
    <>
      <div className="analysis-toolbar">
        <SeverityFilterControl value={filter} counts={countBySeverity(diagnostics)} onChange={setFilter} />
        <LbFilterControl names={loadBalancers} />
      </div>
      {shown.length === 0 && filter !== 'all' ? (
        <p className="analysis-empty">
          {t(NONE_OF[filter])}{' '}
          <Button variant="link" onClick={() => setFilter('all')}>
            {t('showAll')}
          </Button>
        </p>
      ) : (
        <DiagnosticsList diagnostics={shown} onSelect={onSelect} />
      )}
    </>
  );
});
