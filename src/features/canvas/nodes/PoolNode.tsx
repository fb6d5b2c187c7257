import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { frontendIpHolder } from '../../../core/model/holder';
import { useLanguage, useT } from '../../../i18n/useT';
import { membersLabel } from '../labels';
import { messages } from '../messages';
import type { ElementNode } from '../toFlow';
import { NodeShell } from './NodeShell';
import { Badge } from '../../../lib/ui/Badge';

/** A backend pool: name, how many members it has and, when not the default, who holds the frontend IP. */
export const PoolNode = memo(function PoolNode({ data, selected }: NodeProps<ElementNode>) {
  const language = useLanguage();
  const t = useT(messages);
  if (data.kind !== 'backendPool') return null;
  const holder = frontendIpHolder(data.element);
  return (
    <NodeShell
      kind="backendPool"
      loadBalancer={data.loadBalancer}
      name={data.element.name}
      status={data.status}
      selected={selected}
      addable
    >
      <span>{membersLabel(data.element.members.length, language)}</span>
      {/* Every member is the Learn page's case and the default: only the other modes earn a badge. */}
      {holder !== 'every-member' && (
        <Badge tone="off" size="xs" className="fp-holder">
          {t(`holder.${holder}`)}
        </Badge>
      )}
    </NodeShell>
  );
});
