import type { ReactNode } from 'react';
import type { DiagnosticCode, ElementRef } from '../../core/diagnostics/diagnostic';
import type { MappingRow } from '../../core/mapping/mapping';
import type { ListenOn } from '../../core/model/holder';
import { useT } from '../../i18n/useT';
import { CodeWords } from './CodeWords';
import { endpointLabel } from './endpoint';
import { messages } from './messages';
import { Badge } from '../../lib/ui/Badge';
import { Button } from '../../lib/ui/Button';
import { useLbRows } from './lbRows';

/** What one VM receives, as load-balancing and inbound NAT rows both show it. */
export type Delivery = Pick<MappingRow, 'vm' | 'memberIp' | 'destinationIp' | 'destinationPort' | 'listenIp' | 'listenOn' | 'floatingIp'> &
  Partial<Pick<MappingRow, 'encapsulation'>>;

/** The text of each place a listen address can live. */
const LISTEN_ON_TEXT = { nic: 'onNic', loopback: 'onLoopback', cluster: 'onCluster', none: 'onNothing' } as const satisfies Record<
  ListenOn,
  string
>;

/** The props of a mapping row view: its row, the error codes that name its rule and VM together, its selection. */
export interface RowViewProps<Row> {
  row: Row;
  /** Error codes that name this row's rule and VM together, if any. */
  conflicts: readonly DiagnosticCode[] | undefined;
  selected: boolean;
  /** The row delivers to the selected VM: highlighted, and marked as current for assistive technology. */
  vmSelected?: boolean;
  onSelect: (ref: ElementRef) => void;
}

interface RowFrameProps extends Omit<RowViewProps<unknown>, 'row'> {
  /** The rule (load-balancing or inbound NAT) the row belongs to. */
  self: ElementRef;
  /** The row's data attributes (which rule and VM it shows). */
  data: Record<`data-${string}`, string>;
  /** The cells after the row header. */
  children: ReactNode;
}

/**
 * A mapping row and its header: clicking the row selects its rule; the names inside are buttons that select their own
 * element. With several load balancers, `self` names the row's and a Load balancer cell follows the header.
 */
export function RowFrame({ self, conflicts, selected, vmSelected, onSelect, data, children }: RowFrameProps) {
  const { column } = useLbRows();
  const classes = [
    'mapping-row',
    conflicts && 'mapping-row--conflict',
    selected && 'mapping-row--selected',
    vmSelected && 'mapping-row--vm',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <tr
      className={classes}
      {...data}
      aria-current={vmSelected ? 'true' : undefined}
      data-conflict={conflicts ? 'true' : undefined}
      onClick={(e) => {
        // Buttons inside the row select their own element.
        if (!(e.target as Element).closest('button, a')) onSelect(self);
      }}
    >
      <RowHeader name={self.name} conflicts={conflicts} onSelect={() => onSelect(self)} />
      {column && <td data-column="loadBalancer">{self.loadBalancer}</td>}
      {children}
    </tr>
  );
}

/** The row header: the rule's name as a button, and the error codes that name this row, if any. */
function RowHeader({
  name,
  conflicts,
  onSelect,
}: {
  name: string;
  conflicts: readonly DiagnosticCode[] | undefined;
  onSelect: () => void;
}) {
  const t = useT(messages);
  return (
    <th scope="row">
      <Button variant="link" onClick={onSelect}>
        {name}
      </Button>
      {conflicts && (
        <span className="mapping-row__conflict">
          <Badge tone="error">{t('conflict')}</Badge>
          <span className="sub">
            {conflicts.map((c, i) => (
              <CodeWords key={c} code={c} last={i === conflicts.length - 1} />
            ))}
          </span>
        </span>
      )}
    </th>
  );
}

/** The frontend's endpoint and its name as a button; a load-balancing row adds its protocol after the name. */
export function FrontendCell({
  row,
  protocol,
  loadBalancer,
  onSelect,
}: {
  row: Pick<MappingRow, 'frontend' | 'frontendIp' | 'frontendPort'>;
  protocol?: string;
  /** The row's load balancer (several only): the frontend's ref names it. */
  loadBalancer?: string | undefined;
  onSelect: (ref: ElementRef) => void;
}) {
  return (
    <td>
      <span className="endpoint">{endpointLabel(row.frontendIp, row.frontendPort)}</span>
      <span className="sub">
        <Button
          variant="link"
          onClick={() => onSelect({ kind: 'frontend', name: row.frontend, ...(loadBalancer !== undefined && { loadBalancer }) })}
        >
          {row.frontend}
        </Button>
        {protocol !== undefined && <> · {protocol}</>}
      </span>
    </td>
  );
}

/** The VM, the destination in the guest, the listen address and the floating IP setting (or `floating`, in its place). */
export function DeliveryCells({ row, onSelect, floating }: { row: Delivery; onSelect: (ref: ElementRef) => void; floating?: ReactNode }) {
  const t = useT(messages);
  return (
    <>
      <td>
        <Button variant="link" onClick={() => onSelect({ kind: 'vm', name: row.vm })}>
          {row.vm}
        </Button>
        <span className="sub endpoint">{row.memberIp}</span>
      </td>
      {row.encapsulation === 'vxlan' ? (
        // Behind a Gateway load balancer: VXLAN to the appliance's NIC, the customer's packet inside, unchanged.
        <td data-column="destination">
          {t('vxlanTo', { ip: row.destinationIp })}
          <span className="sub">{t('vxlanInner')}</span>
        </td>
      ) : row.listenOn === 'none' ? (
        // A forwarding appliance: routed flows keep their original destination (docs/topology-format.md).
        <td data-column="destination">
          {t('originalDestination')}
          <span className="sub endpoint">{t('ifSentToFrontend', { endpoint: endpointLabel(row.destinationIp, row.destinationPort) })}</span>
        </td>
      ) : (
        <td className="endpoint" data-column="destination">
          {endpointLabel(row.destinationIp, row.destinationPort)}
        </td>
      )}
      <td data-column="listenOn">
        {row.listenOn !== 'none' && <span className="endpoint">{row.listenIp}</span>}
        <span className="sub">{t(row.encapsulation === 'vxlan' ? 'onTunnel' : LISTEN_ON_TEXT[row.listenOn])}</span>
      </td>
      <td>{floating ?? <Badge tone={row.floatingIp ? 'on' : 'off'}>{t(row.floatingIp ? 'on' : 'off')}</Badge>}</td>
    </>
  );
}
