import { useEffect, useState } from 'react';
import { useT } from '../../i18n/useT';
import { messages } from './messages';
import type { ImportWork } from './useImportWorker';
import { Button } from '../../lib/ui/Button';

/** The running import: time so far, the importer's work against its budget when it reports it, and Stop. */
export function ImportProgress({ startedAt, work, onStop }: { startedAt: number; work: ImportWork | undefined; onStop: () => void }) {
  const t = useT(messages);
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const s = Math.max(0, Math.floor((now - startedAt) / 1000));
  return (
    <div className="interop-running">
      <span className="interop-progress" role="status">
        {work ? t('importingWork', { s, steps: work.steps.toLocaleString(), limit: work.limit.toLocaleString() }) : t('importing', { s })}
      </span>{' '}
      <Button onClick={onStop}>{t('stopImport')}</Button>
    </div>
  );
}
