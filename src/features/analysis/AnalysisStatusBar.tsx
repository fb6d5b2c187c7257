import { useEffect, useState } from 'react';
import { analyseAgain, cancelAnalysis, type AnalysisState } from '../../store/analysis';
import { useT } from '../../i18n/useT';
import { messages } from './messages';
import { Button } from '../../lib/ui/Button';

/**
 * Says that a large topology is being analysed (with the time so far and Cancel), was cancelled or failed
 * (with Analyse again), and whether the results shown are from before the last change. Nothing when current.
 */
export function AnalysisStatusBar({ state }: { state: AnalysisState }) {
  const t = useT(messages);
  const seconds = useElapsedSeconds(state.status === 'running' ? state.startedAt : undefined);
  // Running without a start time: the page's analysis code is still loading at start-up (a moment; nothing to cancel).
  if (state.status === 'current' || (state.status === 'running' && state.startedAt === undefined)) return null;
  const stale = state.analysis !== undefined;
  return (
    <div className={`analysis-status analysis-status--${state.status}`} role="status">
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
