import type { Egress } from '../../core/trace/egress';
import { nsgEndpoint, type NsgNeed } from '../../core/trace/nsgHop';
import type { Trace } from '../../core/trace/trace';
import { useT } from '../../i18n/useT';
import { messages } from './messages';

/** The health probe's path, the NSG rules the flow and probe need, the outbound limitation (floating IP), the VM's outbound path, the trace's warnings (e.g. ClientIsPoolMember) and the core's other notes. */
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
      {trace.nsg && <NsgLine need={trace.nsg.flow} kind="flow" />}
      {trace.nsg?.probe && <NsgLine need={trace.nsg.probe} kind="probe" />}
      {trace.outbound && (
        <p>
          <strong>{t('outbound')}</strong>: {trace.outbound.note}
        </p>
      )}
      {trace.egress && <EgressLine egress={trace.egress} />}
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

/**
 * The traced VM's outbound path as the core decided it (core/outbound): the method, the NIC's primary IP and the
 * address the internet sees, or that there is none; then why, in the trace's language, and its source.
 */
function EgressLine({ egress }: { egress: Egress }) {
  const t = useT(messages);
  const none = egress.kind === 'none';
  return (
    <p className="trace-egress" data-kind={egress.kind} data-public-ip={egress.publicIp ?? ''}>
      <strong>{t('egress')}</strong>: <strong className={none ? 'trace-fail-text' : undefined}>{t(`egress.${egress.kind}`)}</strong>{' '}
      <span className="trace-mono">
        {egress.nicIp}
        {egress.publicIp ? ` → ${egress.publicIp}` : ''}
      </span>
      . {egress.note}{' '}
      <a href={egress.source} target="_blank" rel="noreferrer">
        {t('egressSource')}
      </a>
    </p>
  );
}

/**
 * One inbound rule the traced flow (or its probe) needs at the VM, as the core's NSG plan writes it (core/trace/nsgHop.ts):
 * protocol, source and the destination the NSG sees (the frontend IP with floating IP), the planned rule, and what the
 * topology's own NSGs do to it; then the core's sentence in the trace's language.
 */
function NsgLine({ need, kind }: { need: NsgNeed; kind: 'flow' | 'probe' }) {
  const t = useT(messages);
  const outcome = need.check?.outcome;
  return (
    <p
      className="trace-nsg"
      data-kind={kind}
      data-destination={need.destination}
      data-ports={need.ports}
      data-source={need.source}
      data-outcome={outcome ?? ''}
    >
      <strong>{t(kind === 'flow' ? 'nsg' : 'nsgProbe')}</strong>:{' '}
      <span className="trace-mono">
        {need.protocol} {need.source} → {nsgEndpoint(need)}
      </span>{' '}
      ({t('nsgPlanned', { name: need.planned, priority: need.priority })})
      {outcome && (
        <>
          {' '}
          <strong className={outcome === 'allowed' ? undefined : 'trace-fail-text'}>
            {outcome === 'allowed' ? '✓' : '✗'} {t(`nsg.${outcome}`)}
          </strong>
        </>
      )}
      . {need.note}
    </p>
  );
}
