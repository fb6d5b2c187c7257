import { Handle, Position } from '@xyflow/react';
import { useContext, type ReactNode } from 'react';
import type { NodeKind } from '../../../core/edit/ids';
import { useT } from '../../../i18n/useT';
import { messages } from '../messages';
import type { NodeStatus } from '../status';
import { KindIcon, SeverityIcon } from './icons';
import { Badge } from '../../../lib/ui/Badge';
import { canAddWired } from '../addWired';
import { AddWiredContext } from '../addWiredContext';

interface NodeShellProps {
  kind: NodeKind;
  name: string;
  status: NodeStatus;
  selected: boolean;
  children: ReactNode;
  /** Offers the add-and-wire button (frontends, rules without a pool, pools); off by default. */
  addable?: boolean;
  /** The element's load balancer (none for a VM). */
  loadBalancer?: string;
  /** A Gateway load balancer's frontend: it takes a wire in, from a public frontend it chains. */
  chainTarget?: boolean;
}

/** The frame every node shares: icon, kind, name, badges and the left (in) / right (out) handles. */
export function NodeShell({ kind, name, status, selected, children, addable = false, loadBalancer, chainTarget = false }: NodeShellProps) {
  const t = useT(messages);
  const addNext = useContext(AddWiredContext);
  const tone = status.errors ? 'error' : status.warnings ? 'warning' : 'ok';
  const marked = status.placeholder;
  const tips = marked ? [marked.label, ...status.messages] : status.messages;
  return (
    <div
      className={`fp-node fp-node--${kind} fp-node--${tone}${marked ? ' fp-node--placeholder' : ''}${selected ? ' fp-node--selected' : ''}`}
      title={tips.length ? tips.join('\n') : undefined}
      data-placeholder={marked ? 'true' : undefined}
    >
      {/* Named handles; a name on a div needs a role (axe: aria-prohibited-attr), and a handle is a control. */}
      {kind !== 'frontend' && (
        <Handle type="target" position={Position.Left} className="fp-handle" role="button" aria-label={t(`handle.in.${kind}`, { name })} />
      )}
      {chainTarget && (
        <Handle type="target" position={Position.Left} className="fp-handle" role="button" aria-label={t('handle.in.gateway', { name })} />
      )}
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
      <div className="fp-node__body">
        {children}
        {addable && canAddWired(kind) && loadBalancer !== undefined && (
          <button
            type="button"
            // nodrag/nopan: a press is not a drag; nokey: Enter and Delete act on the button, not on the node.
            className="fp-node__add nodrag nopan nokey"
            aria-label={t(`addWired.${kind}`, { name })}
            onClick={(e) => {
              // The node would select itself on this click, taking the selection from the new element.
              e.stopPropagation();
              addNext(kind, name, loadBalancer);
            }}
          >
            {t(`addWiredShort.${kind}`)}
          </button>
        )}
      </div>
      {kind !== 'vm' && (
        <Handle
          type="source"
          position={Position.Right}
          className="fp-handle"
          role="button"
          aria-label={t(`handle.out.${kind}`, { name })}
        />
      )}
    </div>
  );
}
