import { Panel, useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { setPositions } from '../../core/edit/elements';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { useLanguage, useT } from '../../i18n/useT';
import { useAnalysis } from '../../store/analysis';
import { loadDagre } from './dagre';
import { arrange } from './layout';
import { messages } from './messages';
import { FIT_VIEW_OPTIONS } from './viewOptions';
import { viewDuration } from './motion';
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
  const { fitView, getInternalNode } = useReactFlow();
  const [busy, setBusy] = useState(false);
  const { diagnostics } = useAnalysis();
  const language = useLanguage();

  const onArrange = async () => {
    const size = (id: string) => {
      const m = getInternalNode(id)?.measured;
      return m?.width && m.height ? { width: m.width, height: m.height } : undefined;
    };
    // dagre loads on demand; if it cannot, each column keeps the topology's order (still a tidy grid).
    const dagre = await loadDagre().catch(() => undefined);
    useTopologyStore.getState().apply((current) => setPositions(current, arrange(current, size, dagre)));
    // Let React Flow take the new positions before fitting the view to them.
    requestAnimationFrame(() => void fitView({ ...FIT_VIEW_OPTIONS, duration: viewDuration(300) }));
  };

  const picture = () => {
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
        <Button onClick={() => void onArrange()}>{t('arrange')}</Button>
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
