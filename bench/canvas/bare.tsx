// The benchmark's baseline: plain React Flow (default nodes, useNodesState) with the same nodes and
// edges as the app's ?bench=1 topology. Built only by `npm run bench:canvas`.
import { Background, ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import { benchTopology } from '../../src/features/canvas/benchTopology';
import { canvasWires } from '../../src/features/canvas/canvasWires';
import { BENCH_VIEWPORT } from '../../src/features/canvas/useBenchLoader';

const t = benchTopology();
const initialNodes: Node[] = Object.entries(t.layout ?? {}).map(([id, position]) => ({ id, position, data: { label: id } }));
const initialEdges: Edge[] = canvasWires(t).map((w) => ({ id: w.id, source: w.source, target: w.target }));

function Bare() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} defaultViewport={BENCH_VIEWPORT}>
      <Background />
    </ReactFlow>
  );
}

createRoot(document.getElementById('root')!).render(<Bare />);
