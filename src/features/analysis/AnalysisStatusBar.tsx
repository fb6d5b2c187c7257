import { useEffect, useState } from 'react';
import { analyseAgain, cancelAnalysis, type AnalysisState } from '../../store/analysis';
import { useT } from '../../i18n/useT';
import { messages } from './messages';
import { Button } from '../../lib/ui/Button';
import { PROGRESS_NOTE_DELAY_MS, useHeldFor } from '../../lib/useHeldFor';

/**
 * Says that a large topology is being analysed (with the time so far and Cancel), was cancelled or failed
 * (with Analyse again), and whether the results shown are from before the last change. Nothing when current, nor
 * in an analysis's first PROGRESS_NOTE_DELAY_MS. The live region is always there (a region added with its text is not
 * announced by every screen reader); the bar in it keeps to the bottom of the panel's view (analysis.css), so
 * showing it moves nothing.
 */
export function AnalysisStatusBar({ state }: { state: AnalysisState }) {
  // Running without a start time: the page's analysis code is still loading at start-up (a moment; nothing to cancel).
  const running = state.status === 'running' && state.startedAt !== undefined;
  const seconds = useElapsedSeconds(running ? state.startedAt : undefined);
  const longRunning = useHeldFor(running, PROGRESS_NOTE_DELAY_MS);
  const shown = state.status === 'running' ? longRunning : state.status !== 'current';
  return (
    <div className="analysis-live" role="status">
      {shown && <StatusText state={state} seconds={seconds} />}
    </div>
  );
}

function StatusText({ state, seconds }: { state: AnalysisState; seconds: number }) {
  const t = useT(messages);
  const stale = state.analysis !== undefined;
  return (
    <div className={`analysis-status analysis-status--${state.status}`}>
      {state.status === 'running' ? (
        <>
          <span>{t(stale ? 'analysingStale' : 'analysing', { s: seconds })}</span>{' '}
          <Button onClick={cancelAnalysis}>{t('cancelAnalysis')}</Button>
        </>
      ) : (
        <>
          <span>{state.status === 'failed' ? t('failed', { error: state.error ?? '' }) : t(stale ? 'cancelled' : 'cancelledNone')}</span>{' '}
          <Button onClick={analyseAgain}>{t('analyseAgain')}</Button>
        </>
      )}
    </div>
  );
}

/** Whole seconds since `startedAt` (a Date.now() time), ticking once a second; 0 when not given. */
function useElapsedSeconds(startedAt: number | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === undefined) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [startedAt]);
  // `now` may predate a new start until the first tick: that reads as 0 s.
  return startedAt === undefined ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000));
}
