import { useId, useState } from 'react';
import { useT } from '../i18n/useT';
import { copyText } from './clipboard';
import { errorText } from './errorReport';
import { messages } from './messages';
import './boundary.css';
import { Button } from './ui/Button';

interface BoundaryFallbackProps {
  area: string;
  error: unknown;
  /** The report text; with `true` it includes the topology (the user ticked the box). */
  report: (withTopology: boolean) => string;
  onRetry: () => void;
  action?: { label: string; run: () => void };
}

/** What a failed panel shows instead of itself: what failed in plain words, "Try again" and the error report. */
export function BoundaryFallback({ area, error, report, onRetry, action }: BoundaryFallbackProps) {
  const t = useT(messages);
  const [withTopology, setWithTopology] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'no'>();
  const checkId = useId();
  const text = report(withTopology);
  const copy = async () => setCopied((await copyText(text)) ? 'yes' : 'no');
  return (
    <div className="boundary" role="alert">
      <p className="boundary__title">{t('failedTitle', { area })}</p>
      <p>{t('failedBody')}</p>
      <p className="boundary__error">{t('failedError', { message: errorText(error) })}</p>
      <div className="boundary__actions">
        <Button onClick={onRetry}>{t('tryAgain')}</Button>
        <Button onClick={() => void copy()}>{t('copyReport')}</Button>
        {action && <Button onClick={action.run}>{action.label}</Button>}
        {copied && <span role="status">{t(copied === 'yes' ? 'copied' : 'copyFailed')}</span>}
      </div>
      <p className="boundary__note">{t('reportNote')}</p>
      <p>
        <input
          id={checkId}
          type="checkbox"
          checked={withTopology}
          onChange={(e) => {
            setWithTopology(e.target.checked);
            setCopied(undefined);
          }}
        />{' '}
        <label htmlFor={checkId}>{t('includeTopology')}</label>
      </p>
      <details className="boundary__details">
        <summary>{t('reportDetails')}</summary>
        <textarea className="boundary__report" readOnly value={text} aria-label={t('reportLabel')} rows={8} />
      </details>
    </div>
  );
}
