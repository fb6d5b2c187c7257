import type { Trace } from '../../core/trace/trace';
import { useT } from '../../i18n/useT';
import { messages } from './messages';

/** What each switch that is on does to this flow: the failure first (announced), then switches with no effect here. */
export function WhatIfResult({ trace }: { trace: Trace }) {
  const t = useT(messages);
  if (trace.effects.length === 0) return null;
  return (
    <section className="trace-whatif-result" aria-label={t('effects', { state: t(trace.floatingIp ? 'on' : 'off') })} aria-live="polite">
      <ul>
        {trace.effects.map((e) => (
          <li key={e.whatIf} data-outcome={e.outcome} className={e.outcome === 'no-effect' ? 'trace-effect--none' : 'trace-effect--fail'}>
            <strong>
              {e.outcome === 'no-effect' ? '' : '✗ '}
              {t(`whatIf.${e.whatIf}`)}: {t(`outcome.${e.outcome}`, { vm: trace.vm })}.
            </strong>{' '}
            {e.reason} {e.fix}
          </li>
        ))}
      </ul>
    </section>
  );
}
