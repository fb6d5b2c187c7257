import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useLanguage, useT } from '../../../i18n/useT';
import { portsLabel } from '../labels';
import { messages } from '../messages';
import type { ElementNode } from '../toFlow';
import { NodeShell } from './NodeShell';
import { Badge } from '../../../lib/ui/Badge';

/** A load-balancing rule: protocol and ports (or HA ports) and whether floating IP is on. */
export const RuleNode = memo(function RuleNode({ data, selected }: NodeProps<ElementNode>) {
  const t = useT(messages);
  const language = useLanguage();
  if (data.kind !== 'rule') return null;
  const on = data.element.floatingIp;
  return (
    <NodeShell
      loadBalancer={data.loadBalancer}
      kind="rule"
      name={data.element.name}
      status={data.status}
      selected={selected}
      // A rule has one pool: the button would move it, so it shows only while the rule has none.
      addable={!data.element.backendPool}
    >
      <span className="fp-mono">{portsLabel(data.element, language)}</span>
      <Badge tone={on ? 'on' : 'off'} size="xs">
        {t(on ? 'floatingOn' : 'floatingOff')}
      </Badge>
    </NodeShell>
  );
});
