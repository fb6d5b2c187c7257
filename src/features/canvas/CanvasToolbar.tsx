import { Panel } from '@xyflow/react';
import { useState } from 'react';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { useLanguage, useT } from '../../i18n/useT';
import { useAnalysis } from '../../store/analysis';
import { ArrangeButton } from './ArrangeButton';
import { FindBox } from './FindBox';
import { messages } from './messages';
import { Button } from '../../lib/ui/Button';
import { loadOnce } from '../../lib/loadOnce';

// The SVG drawing (core/document) loads with the first export, not with the page.
const loadExportImage = loadOnce(() => import('./exportImage'));

interface CanvasToolbarProps {
  /** Asks to delete the current selection (nodes and wires). */
  onDelete: () => void;
  canDelete: boolean;
  /** Fits the view to the topology at a readable zoom (useReadableFit). */
  onFit: (animate?: boolean) => void;
}

/** Arrange, fit, export and delete: the canvas's own actions. */
export function CanvasToolbar({ onDelete, canDelete, onFit }: CanvasToolbarProps) {
  const t = useT(messages);
  const [busy, setBusy] = useState(false);
  const { diagnostics } = useAnalysis();
  const language = useLanguage();

  const picture = () => {
    // Every load balancer in its frame (core/document/designCanvasSvg.ts), as the canvas shows them.
    const { topology } = useTopologyStore.getState();
    return { topology, diagnostics, locale: language, fileName: topology.name || 'floatplan' };
  };
  const failed = (e: unknown) =>
    useUiStore.getState().notify({ id: 'canvas-export', tone: 'error', text: t('exportFailed', { reason: (e as Error).message }) });

  // Both are drawn from the topology (core/document/canvasSvg.ts), not from the screen: the view stays as it is.
  const onExport = async (format: 'png' | 'svg') => {
    setBusy(true);
    try {
      const image = await loadExportImage();
      await (format === 'png' ? image.exportPng(picture()) : image.exportSvg(picture()));
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel position="top-right">
      <div role="toolbar" aria-label={t('canvasActions')} className="fp-toolbar">
        <FindBox />
        <ArrangeButton />
        <Button onClick={() => onFit(true)}>{t('fitView')}</Button>
        {/* One "Export" label for both formats keeps the toolbar on one row; each button keeps its full name. */}
        <span role="group" aria-label={t('exportImage')} className="fp-toolbar__group">
          <span className="fp-toolbar__label" aria-hidden="true">
            {t('exportImage')}
          </span>
          <Button aria-label={t('exportPng')} disabled={busy} onClick={() => void onExport('png')}>
            {t('png')}
          </Button>
          <Button aria-label={t('exportSvg')} disabled={busy} onClick={() => void onExport('svg')}>
            {t('svg')}
          </Button>
        </span>
        <Button variant="danger" disabled={!canDelete} onClick={onDelete}>
          {t('delete')}
        </Button>
      </div>
    </Panel>
  );
}
