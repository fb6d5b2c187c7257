import { useReactFlow, useStore, type Node } from '@xyflow/react';
import { useState } from 'react';
import type { Topology } from '../../core/topology/schema';
import { canvasId } from './canvasIds';
import { useT } from '../../i18n/useT';
import { Button } from '../../lib/ui/Button';
import { VisuallyHidden } from '../../lib/ui/VisuallyHidden';
import { useTopologyStore } from '../../store/topologyStore';
import { arrangeOffThread } from './arrangeOffThread';
import { canvasElements, DEFAULT_ASPECT, DEFAULT_NODE_SIZE, type Size, type XY } from './layout';
import { messages } from './messages';
import { viewDuration } from './motion';
import { FIT_VIEW_OPTIONS } from './viewOptions';
import './scale.css';

/**
 * Arrange: lays every node out again (each load balancer in its own band, layout.ts) in a Web Worker (busy meanwhile, the page keeps answering), then applies the
 * positions as one undo step and fits the view to them.
 */
export function ArrangeButton() {
  const t = useT(messages);
  const { fitView, getNodes } = useReactFlow();
  const aspect = useStore((s) => (s.width > 0 && s.height > 0 ? s.width / s.height : DEFAULT_ASPECT));
  const [busy, setBusy] = useState(false);

  const onArrange = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const sizes = sizesOf(getNodes());
      const topology = useTopologyStore.getState().topology;
      const positions = await arrangeOffThread({ topology, sizes, aspect });
      // An edit made meanwhile may have removed a node: only the nodes still there take a position.
      useTopologyStore.getState().apply((current) => ({ ...current, layout: { ...current.layout, ...keepExisting(current, positions) } }));
      // Let React Flow take the new positions before fitting the view to them.
      requestAnimationFrame(() => void fitView({ ...FIT_VIEW_OPTIONS, duration: viewDuration(300) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button className="fp-arrange" aria-busy={busy} aria-disabled={busy} onClick={() => void onArrange()}>
        {t('arrange')}
      </Button>
      <VisuallyHidden role="status">{busy ? t('arranging') : ''}</VisuallyHidden>
    </>
  );
}

function keepExisting(t: Topology, positions: Record<string, XY>): Record<string, XY> {
  const kept: Record<string, XY> = {};
  for (const { lb, kind, elements } of canvasElements(t)) {
    for (const e of elements) {
      const id = canvasId(lb?.name, kind, e.name);
      if (positions[id]) kept[id] = positions[id];
    }
  }
  return kept;
}

/**
 * The drawn size of every node. A large canvas draws only the nodes in view, so the others have not been measured:
 * they get the largest size measured for their kind, so a node drawn later does not overlap its neighbour.
 */
function sizesOf(nodes: readonly Node[]): Record<string, Size> {
  const sizes: Record<string, Size> = {};
  const largest = new Map<string | undefined, Size>();
  for (const n of nodes) {
    if (n.type === 'loadBalancer') continue;
    const { width, height } = n.measured ?? {};
    if (!width || !height) continue;
    sizes[n.id] = { width, height };
    const max = largest.get(n.type) ?? { width: 0, height: 0 };
    largest.set(n.type, { width: Math.max(max.width, width), height: Math.max(max.height, height) });
  }
  for (const n of nodes) if (!sizes[n.id] && n.type !== 'loadBalancer') sizes[n.id] = largest.get(n.type) ?? DEFAULT_NODE_SIZE;
  return sizes;
}
