import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ElementNode } from '../toFlow';
import { NodeShell } from './NodeShell';

/** A VM: name, guest OS and its NIC's primary address. */
export const VmNode = memo(function VmNode({ data, selected }: NodeProps<ElementNode>) {
  if (data.kind !== 'vm') return null;
  return (
    <NodeShell kind="vm" name={data.element.name} status={data.status} selected={selected}>
      <span className="fp-os">{data.element.os}</span>
      <span className="fp-mono">{data.element.nic.ip}</span>
    </NodeShell>
  );
});
