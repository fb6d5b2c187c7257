import { useState } from 'react';
import { downloadText } from '../../lib/download';
import { safeFileName } from '../../lib/fileName';
import { Button } from '../../lib/ui/Button';
import { useLanguageStore } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import type { LbTopology, Topology } from '../../core/topology/schema';
import { loadReport } from './lazy';
import { messages } from './messages';

type ReportFormat = 'html' | 'md';

/**
 * The Export tab's Report row: the design report (docs/report.md) as HTML or Markdown, in the UI's language, of what
 * the Export tab writes: one load balancer's view, or the whole design (a section per load balancer). The core's
 * report loads on the first click, not with the page.
 */
export function ReportActions({ topology }: { topology: LbTopology | Topology }) {
  const t = useT(messages);
  const [failed, setFailed] = useState(false);

  async function download(format: ReportFormat) {
    const locale = useLanguageStore.getState().language;
    try {
      const report = await loadReport();
      setFailed(false);
      if (format === 'html')
        downloadText(safeFileName(`${topology.name} report`, 'html'), report.reportHtml(topology, { locale }), 'text/html');
      else downloadText(safeFileName(`${topology.name} report`, 'md'), report.reportMarkdown(topology, { locale }), 'text/markdown');
    } catch {
      setFailed(true);
    }
  }

  return (
    <section className="interop-report" aria-label={t('reportHeading')}>
      <h3 className="interop-report__title">{t('reportHeading')}</h3>
      <p className="interop-muted">{t('reportHint')}</p>
      <div className="interop-report__actions">
        <Button size="sm" onClick={() => void download('html')}>
          {t('reportHtml')}
        </Button>
        <Button size="sm" onClick={() => void download('md')}>
          {t('reportMarkdown')}
        </Button>
      </div>
      {failed && <p role="alert">{t('reportFailed')}</p>}
    </section>
  );
}
