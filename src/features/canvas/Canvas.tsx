import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { FlowCanvas } from './FlowCanvas';
import { messages } from './messages';

interface CanvasProps {
  /** Shown as a centred card over the canvas while the topology has no elements (the minimap hides then). */
  emptyState?: ReactNode;
}

/** The visual planner: palette, React Flow canvas and its toolbar, editing the shared topology. */
export function Canvas({ emptyState }: CanvasProps = {}) {
  const t = useT(messages);
  return (
    <section className="fp-canvas-region" aria-label={t('canvas')}>
      <ReactFlowProvider>
        <FlowCanvas emptyState={emptyState} />
      </ReactFlowProvider>
    </section>
  );
}
