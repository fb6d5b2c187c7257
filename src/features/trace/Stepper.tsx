import { useId, type KeyboardEvent } from 'react';
import type { DesignTrace } from '../../core/trace/designTrace';
import { useT } from '../../i18n/useT';
import { HopTable } from './HopTable';
import { messages } from './messages';
import { hopStatus } from './modes';
import { keyDelta, SPEEDS, type Speed } from './stepper';
import type { TraceStep } from './steps';
import type { useStepper } from './useStepper';
import { Button } from '../../lib/ui/Button';
import { VisuallyHidden } from '../../lib/ui/VisuallyHidden';

interface StepperProps {
  trace: DesignTrace;
  /** The hops in the packet's order, a chain's hops included (see traceSteps). */
  steps: readonly TraceStep[];
  stepper: ReturnType<typeof useStepper>;
}

/** Step back / forward / play through the trace's hops, with the current hop's headers and note announced. */
export function Stepper({ trace, steps, stepper }: StepperProps) {
  const id = useId();
  const t = useT(messages);
  const { index, playing, speed } = stepper;
  const current = steps[index];
  if (!current) return null;
  const hop = current.hop;
  const last = steps.length - 1;
  const failedAt = steps.findIndex((s) => s.hop.failure);
  const status = hopStatus(hop);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // The speed select keeps its own arrow keys.
    if (e.target instanceof HTMLSelectElement) return;
    const delta = keyDelta(e.key);
    if (delta === undefined) return;
    e.preventDefault();
    stepper.go(delta);
  };
  // A chain's steps belong to several load balancers: then every step says whose it is.
  const chained = trace.chain.length > 0;
  const stage = (s: TraceStep) => (chained ? t('stepOfLb', { stage: t(`stage.${s.stage}`), lb: s.loadBalancer }) : t(`stage.${s.stage}`));
  const caption = (i: number) => {
    const s = steps[i]!;
    const h = s.hop;
    const text = t('caption', { n: i + 1, count: steps.length, stage: stage(s), src: h.src, dst: h.dst });
    return h.notReached ? t('captionNotReached', { caption: text }) : text;
  };
  return (
    <div className="trace-stepper" role="group" aria-label={t('hops', { state: t(trace.floatingIp ? 'on' : 'off') })} onKeyDown={onKeyDown}>
      <div className="trace-stepper__controls">
        <Button onClick={() => stepper.go(-1)} disabled={index === 0} aria-label={t('stepBack')}>
          {t('back')}
        </Button>
        <Button onClick={stepper.togglePlay} aria-label={playing ? t('pause') : t('play')}>
          {playing ? t('pauseButton') : t('playButton')}
        </Button>
        <Button onClick={() => stepper.go(1)} disabled={index === last} aria-label={t('stepForward')}>
          {t('forward')}
        </Button>
        <label className="trace-field trace-field--inline" htmlFor={`${id}-speed`}>
          {t('speed')}
        </label>
        <select id={`${id}-speed`} value={speed} onChange={(e) => stepper.setSpeed(Number(e.target.value) as Speed)}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>{`${s}×`}</option>
          ))}
        </select>
        <span className="trace-stepper__hint">{t('keysHint')}</span>
      </div>
      <ol className="trace-stepper__hops">
        {steps.map(({ hop: h, ...s }, i) => (
          <li
            key={s.stage}
            aria-current={i === index ? 'step' : undefined}
            data-status={h.failure ? 'failed' : h.notReached ? 'not-reached' : undefined}
            className={
              [i === index && 'is-current', h.failure && 'is-failed', h.notReached && 'is-not-reached'].filter(Boolean).join(' ') ||
              undefined
            }
          >
            {h.failure && <span aria-hidden="true">✗ </span>}
            {stage(steps[i]!)}
            {h.blockedBy && !h.failure && <span className="trace-stepper__blocked"> ({t('notReached')})</span>}
            {h.notReached && !h.blockedBy && <VisuallyHidden> ({t('notReached')})</VisuallyHidden>}
          </li>
        ))}
      </ol>
      <div className="trace-stepper__hop" aria-live="polite">
        <HopTable hop={hop} caption={caption(index)} />
        {hop.failure ? (
          <div className="trace-failure" data-outcome={hop.failure.outcome}>
            <p>
              <strong>
                ✗ {t('hopFailed')}: {t(`outcome.${hop.failure.outcome}`, { vm: trace.vm })}
              </strong>
            </p>
            <p>{hop.failure.reason}</p>
            <p>{hop.failure.fix}</p>
          </div>
        ) : status.kind === 'blocked' ? (
          <div className="trace-not-reached" data-blocked-by={status.by}>
            <p>
              <strong>{t(`blocked.${status.by}`, { vm: trace.vm })}</strong>
            </p>
            <p className="trace-note">{hop.note}</p>
          </div>
        ) : hop.notReached ? (
          <p className="trace-not-reached">{t('hopNotReached', { n: failedAt + 1 })}</p>
        ) : (
          <p className="trace-note">{hop.note}</p>
        )}
        {current.tunnel && (
          <p className="trace-note" data-tunnel={current.tunnel.type}>
            {t('tunnel', { type: t(`tunnel.${current.tunnel.type}`), ip: current.tunnel.outerDstIp })}
          </p>
        )}
      </div>
    </div>
  );
}
