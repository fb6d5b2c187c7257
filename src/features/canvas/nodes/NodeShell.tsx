import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { NodeKind } from '../../../core/edit/ids';
import { useT } from '../../../i18n/useT';
import { messages } from '../messages';
import type { NodeStatus } from '../status';
import { KindIcon, SeverityIcon } from './icons';
import { Badge } from '../../../lib/ui/Badge';

interface NodeShellProps {
  kind: NodeKind;
  name: string;
  status: NodeStatus;
  selected: boolean;
  children: ReactNode;
}

/** The frame every node shares: icon, kind, name, badges and the left (in) / right (out) handles. */
export function NodeShell({ kind, name, status, selected, children }: NodeShellProps) {
  const t = useT(messages);
  const tone = status.errors ? 'error' : status.warnings ? 'warning' : 'ok';
  const marked = status.placeholder;
  const tips = marked ? [marked.label, ...status.messages] : status.messages;
  return (
    <div
      className={`fp-node fp-node--${kind} fp-node--${tone}${marked ? ' fp-node--placeholder' : ''}${selected ? ' fp-node--selected' : ''}`}
      title={tips.length ? tips.join('\n') : undefined}
      data-placeholder={marked ? 'true' : undefined}
    >
      {kind !== 'frontend' && <Handle type="target" position={Position.Left} className="fp-handle" />}
      <div className="fp-node__head">
        <KindIcon kind={kind} />
        <span className="fp-node__kind">{t(`kind.${kind}`)}</span>
        <span className="fp-node__badges">
          {marked && (
            <Badge tone="warning" size="xs" className="fp-node__placeholder">
              {marked.badge}
            </Badge>
          )}
          {status.errors > 0 && (
            <Badge tone="error" size="xs">
              <SeverityIcon severity="error" />
              {status.errors}
            </Badge>
          )}
          {status.warnings > 0 && (
            <Badge tone="warning" size="xs">
              <SeverityIcon severity="warning" />
              {status.warnings}
            </Badge>
          )}
        </span>
      </div>
      <div className="fp-node__name">{name}</div>
      <div className="fp-node__body">{children}</div>
      {kind !== 'vm' && <Handle type="source" position={Position.Right} className="fp-handle" />}
    </div>
  );
}
