import { useId, type KeyboardEvent } from 'react';
import type { Trace } from '../../core/trace/trace';
import { HopTable } from './HopTable';
import { STAGE_LABEL } from './labels';
import { keyDelta, SPEEDS, type Speed } from './stepper';
import type { useStepper } from './useStepper';

interface StepperProps {
  trace: Trace;
  stepper: ReturnType<typeof useStepper>;
}

/** Step back / forward / play through the trace's hops, with the current hop's headers and note announced. */
export function Stepper({ trace, stepper }: StepperProps) {
  const id = useId();
  const { index, playing, speed } = stepper;
  const hop = trace.hops[index];
  if (!hop) return null;
  const last = trace.hops.length - 1;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // The speed select keeps its own arrow keys.
    if (e.target instanceof HTMLSelectElement) return;
    const delta = keyDelta(e.key);
    if (delta === undefined) return;
    e.preventDefault();
    stepper.go(delta);
  };

  return (
    <div className="trace-stepper" role="group" aria-label={`Hops, floating IP ${trace.floatingIp ? 'on' : 'off'}`} onKeyDown={onKeyDown}>
      <div className="trace-stepper__controls">
        <button type="button" className="app-button" onClick={() => stepper.go(-1)} disabled={index === 0} aria-label="Step back">
          ◀ Back
        </button>
        <button type="button" className="app-button" onClick={stepper.togglePlay} aria-label={playing ? 'Pause' : 'Play'}>
          {playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <button type="button" className="app-button" onClick={() => stepper.go(1)} disabled={index === last} aria-label="Step forward">
          Forward ▶
        </button>
        <label className="trace-field trace-field--inline" htmlFor={`${id}-speed`}>
          Speed
        </label>
        <select id={`${id}-speed`} value={speed} onChange={(e) => stepper.setSpeed(Number(e.target.value) as Speed)}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>{`${s}×`}</option>
          ))}
        </select>
        <span className="trace-stepper__hint">or ← → keys</span>
      </div>
      <ol className="trace-stepper__hops">
        {trace.hops.map((h, i) => (
          <li key={h.stage} aria-current={i === index ? 'step' : undefined} className={i === index ? 'is-current' : undefined}>
            {STAGE_LABEL[h.stage]}
          </li>
        ))}
      </ol>
      <div className="trace-stepper__hop" aria-live="polite">
        <HopTable hop={hop} caption={`Hop ${index + 1} of ${trace.hops.length}: ${STAGE_LABEL[hop.stage]} (${hop.src} → ${hop.dst})`} />
        <p className="trace-note">{hop.note}</p>
      </div>
    </div>
  );
}
