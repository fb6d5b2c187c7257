import type { Trace } from '../../core/trace/trace';

/** The health probe's path, the outbound limitation (floating IP) and the core's other notes. */
export function TraceExtras({ trace }: { trace: Trace }) {
  return (
    <section className="trace-extras" aria-label="Probe and outbound">
      {trace.probe && (
        <p>
          <strong>Health probe {trace.probe.probe}</strong> ({trace.probe.protocol}):{' '}
          <span className="trace-mono">{trace.probe.src} → {trace.probe.dst}</span>. {trace.probe.note}
        </p>
      )}
      {trace.outbound && (
        <p>
          <strong>Outbound</strong>: {trace.outbound.note}
        </p>
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
