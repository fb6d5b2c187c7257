import { useState } from 'react';
import type { Diagnostic, ElementRef } from '../../core/diagnostics/diagnostic';
import { DiagnosticsList } from './DiagnosticsList';
import { SeverityFilterControl } from './SeverityFilterControl';
import { countBySeverity, filterBySeverity, type SeverityFilter } from './severity';

interface DiagnosticsViewProps {
  diagnostics: readonly Diagnostic[];
  onSelect: (refs: ElementRef[]) => void;
}

const NOUN = { error: 'errors', warning: 'warnings', info: 'info findings' } as const;

/** The diagnostics tab: a severity filter and the list, with empty states that say what to do. */
export function DiagnosticsView({ diagnostics, onSelect }: DiagnosticsViewProps) {
  const [filter, setFilter] = useState<SeverityFilter>('all');
  if (diagnostics.length === 0) {
    return <p className="empty">No findings: the topology passes every check. Edit it on the canvas or in the inspector and findings appear here as you go.</p>;
  }
  const shown = filterBySeverity(diagnostics, filter);
  return (
    <>
      <div className="analysis-toolbar">
        <SeverityFilterControl value={filter} counts={countBySeverity(diagnostics)} onChange={setFilter} />
      </div>
      {shown.length === 0 && filter !== 'all' ? (
        <p className="empty">
          No {NOUN[filter]} in this topology.{' '}
          <button type="button" className="link-button" onClick={() => setFilter('all')}>
            Show all findings
          </button>
        </p>
      ) : (
        <DiagnosticsList diagnostics={shown} onSelect={onSelect} />
      )}
    </>
  );
}
