import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../../i18n/useT';
import { natPortsLabel } from '../labels';
import { messages } from '../messages';
import type { ElementNode } from '../toFlow';
import { NodeShell } from './NodeShell';
import { Badge } from '../../../lib/ui/Badge';

/** An inbound NAT rule: protocol and ports, and whether floating IP is on. */
export const NatRuleNode = memo(function NatRuleNode({ data, selected }: NodeProps<ElementNode>) {
  const t = useT(messages);
  if (data.kind !== 'natRule') return null;
  const on = data.element.floatingIp;
  return (
    <NodeShell kind="natRule" name={data.element.name} status={data.status} selected={selected}>
      <span className="fp-mono">{natPortsLabel(data.element)}</span>
      <Badge tone={on ? 'on' : 'off'} size="xs">
        {t(on ? 'floatingOn' : 'floatingOff')}
      </Badge>
    </NodeShell>
  );
});
