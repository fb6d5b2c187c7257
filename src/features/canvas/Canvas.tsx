import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { FlowCanvas } from './FlowCanvas';

/** The visual planner: palette, React Flow canvas and its toolbar, editing the shared topology. */
export function Canvas() {
  return (
    <section className="fp-canvas-region" aria-label="Canvas">
      <ReactFlowProvider>
        <FlowCanvas />
      </ReactFlowProvider>
    </section>
  );
}
