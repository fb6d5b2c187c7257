import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ElementNode } from '../toFlow';
import { NodeShell } from './NodeShell';

/** A frontend IP configuration: name and address. */
export const FrontendNode = memo(function FrontendNode({ data, selected }: NodeProps<ElementNode>) {
  if (data.kind !== 'frontend') return null;
  return (
    <NodeShell
      kind="frontend"
      loadBalancer={data.loadBalancer}
      chainTarget={data.gateway === true}
      name={data.element.name}
      status={data.status}
      selected={selected}
      addable
    >
      <span className="fp-mono">{data.element.ip}</span>
    </NodeShell>
  );
});
