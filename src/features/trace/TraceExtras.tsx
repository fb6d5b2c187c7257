import type { Trace } from '../../core/trace/trace';
import { useT } from '../../i18n/useT';
import { messages } from './messages';

/** The health probe's path, the outbound limitation (floating IP), the trace's warnings (e.g. ClientIsPoolMember) and the core's other notes. */
export function TraceExtras({ trace }: { trace: Trace }) {
  const t = useT(messages);
  return (
    <section className="trace-extras" aria-label={t('extras')}>
      {trace.probe && (
        <p>
          <strong>{t('healthProbe', { probe: trace.probe.probe })}</strong> ({trace.probe.protocol}):{' '}
          <span className="trace-mono">
            {trace.probe.src} → {trace.probe.dst}
          </span>
          . {trace.probe.failed && <strong className="trace-fail-text">✗ {trace.probe.failed} </strong>}
          {trace.probe.note}
        </p>
      )}
      {trace.outbound && (
        <p>
          <strong>{t('outbound')}</strong>: {trace.outbound.note}
        </p>
      )}
      {trace.warnings.length > 0 && (
        <div className="trace-warnings" role="status" aria-label={t('warnings')}>
          <ul>
            {trace.warnings.map((w) => (
              <li key={`${w.code}\u0000${w.message}`} data-code={w.code}>
                <strong>
                  {t('warning')} <code>{w.code}</code>
                </strong>
                : {w.message}{' '}
                <a href={w.source} target="_blank" rel="noreferrer">
                  {w.source}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {trace.notes.length > 0 && (
        <ul>
          {trace.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
