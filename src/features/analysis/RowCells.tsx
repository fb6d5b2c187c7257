import type { DiagnosticCode, ElementRef } from '../../core/diagnostics/diagnostic';
import type { MappingRow } from '../../core/mapping/mapping';
import { useT } from '../../i18n/useT';
import { CodeWords } from './CodeWords';
import { endpointLabel } from './endpoint';
import { messages } from './messages';

/** What one VM receives, as load-balancing and inbound NAT rows both show it. */
export type Delivery = Pick<MappingRow, 'vm' | 'memberIp' | 'destinationIp' | 'destinationPort' | 'listenIp' | 'listenOn' | 'floatingIp'>;

/** The row header: the rule's name as a button, and the error codes that name this row, if any. */
export function RowHeader({ name, conflicts, onSelect }: { name: string; conflicts: readonly DiagnosticCode[] | undefined; onSelect: () => void }) {
  const t = useT(messages);
  return (
    <th scope="row">
      <button type="button" className="link-button" onClick={onSelect}>
        {name}
      </button>
      {conflicts && (
        <span className="mapping-row__conflict">
          <span className="badge badge--error">{t('conflict')}</span>
          <span className="sub">{conflicts.map((c, i) => <CodeWords key={c} code={c} last={i === conflicts.length - 1} />)}</span>
        </span>
      )}
    </th>
  );
}

/** The VM, the destination in the guest, the listen address and the floating IP setting. */
export function DeliveryCells({ row, onSelect }: { row: Delivery; onSelect: (ref: ElementRef) => void }) {
  const t = useT(messages);
  return (
    <>
      <td>
        <button type="button" className="link-button" onClick={() => onSelect({ kind: 'vm', name: row.vm })}>
          {row.vm}
        </button>
        <span className="sub endpoint">{row.memberIp}</span>
      </td>
      <td className="endpoint" data-column="destination">
        {endpointLabel(row.destinationIp, row.destinationPort)}
      </td>
      <td>
        <span className="endpoint">{row.listenIp}</span>
        <span className="sub">{t(row.listenOn === 'loopback' ? 'onLoopback' : 'onNic')}</span>
      </td>
      <td>
        <span className={row.floatingIp ? 'pill pill--on' : 'pill pill--off'}>{t(row.floatingIp ? 'on' : 'off')}</span>
      </td>
    </>
  );
}
