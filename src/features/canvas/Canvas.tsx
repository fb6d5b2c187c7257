import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { useT } from '../../i18n/useT';
import { FlowCanvas } from './FlowCanvas';
import { messages } from './messages';

/** The visual planner: palette, React Flow canvas and its toolbar, editing the shared topology. */
export function Canvas() {
  const t = useT(messages);
  return (
    <section className="fp-canvas-region" aria-label={t('canvas')}>
      <ReactFlowProvider>
        <FlowCanvas />
      </ReactFlowProvider>
    </section>
  );
}
