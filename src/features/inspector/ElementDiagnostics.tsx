import { useId } from 'react';
import type { Diagnostic, ElementRef } from '../../core/diagnostics/diagnostic';
import { useAnalysisState } from '../../store/analysis';
import { messageOf } from '../../core/diagnostics/diagnostic';
import { useLanguage, useT } from '../../i18n/useT';
import { messages } from './messages';
import { Finding, FindingList } from '../../lib/ui/Finding';
import { PROGRESS_NOTE_DELAY_MS, useHeldFor } from '../../lib/useHeldFor';

const SEVERITY_LABEL = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

/** The diagnostics that name an element: semantic problems (ranges, conflicts) surface here, from the core. */
export function ElementDiagnostics({ element, label }: { element: ElementRef; label: string }) {
  const t = useT(messages);
  const language = useLanguage();
  const analysis = useAnalysisState();
  const diagnostics = analysis.analysis?.diagnostics ?? [];
  const headingId = useId();
  const mine = diagnostics.filter((d) => involves(d, element));
  // Like the analysis panel's bar: an analysis that ends in a moment does not flash the note (and move the list).
  const longRunning = useHeldFor(analysis.status === 'running', PROGRESS_NOTE_DELAY_MS);
  const behind = analysis.status === 'running' ? longRunning : analysis.status !== 'current';
  return (
    <section className="inspector__findings" aria-labelledby={headingId}>
      <h3 id={headingId} className="inspector__subtitle">
        {t('findingsFor', { label, n: mine.length })}
      </h3>
      {behind && <p className="inspector__note">{t('findingsNotCurrent')}</p>}
      {mine.length === 0 ? (
        <p className="inspector__note">{t('noFindings', { label })}</p>
      ) : (
        <FindingList>
          {mine.map((d, i) => (
            <Finding key={`${d.code}\u0000${i}`} compact severity={d.severity} severityLabel={t(SEVERITY_LABEL[d.severity])} code={d.code}>
              {messageOf(d, language)}
            </Finding>
          ))}
        </FindingList>
      )}
    </section>
  );
}

// Names are unique per load balancer only: an element of one load balancer is not its namesake in another.
function involves(d: Diagnostic, e: ElementRef): boolean {
  return d.refs.some(
    (r) =>
      r.kind === e.kind &&
      r.name === e.name &&
      (e.loadBalancer === undefined || r.loadBalancer === undefined || r.loadBalancer === e.loadBalancer),
  );
}
