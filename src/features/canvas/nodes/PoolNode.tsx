import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useLanguage } from '../../../i18n/useT';
import { membersLabel } from '../labels';
import type { CanvasNode } from '../toFlow';
import { NodeShell } from './NodeShell';

/** A backend pool: name and how many members it has. */
export const PoolNode = memo(function PoolNode({ data, selected }: NodeProps<CanvasNode>) {
  const language = useLanguage();
  if (data.kind !== 'backendPool') return null;
  return (
    <NodeShell kind="backendPool" name={data.element.name} status={data.status} selected={selected}>
      <span>{membersLabel(data.element.members.length, language)}</span>
    </NodeShell>
  );
});
