import { useId } from 'react';
import type { MappingRow } from '../../core/mapping/mapping';
import { endpointLabel } from './endpoint';

interface MappingTableProps {
  rows: readonly MappingRow[];
}

/** The core's mapping: for every rule and pool member, what the VM receives and where it must listen. */
export function MappingTable({ rows }: MappingTableProps) {
  const captionId = useId();
  if (rows.length === 0) {
    return <p className="empty">No rule reaches a backend VM yet, so there is nothing to map.</p>;
  }
  return (
    // Focusable and named so keyboard users can scroll the table sideways on narrow screens.
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="mapping-table">
        <caption id={captionId}>What each VM receives, per load-balancing rule</caption>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Frontend</th>
            <th scope="col">VM</th>
            <th scope="col">Destination in the VM</th>
            <th scope="col">Listen on</th>
            <th scope="col">Floating IP</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${row.rule}\u0000${row.vm}\u0000${row.memberIp}\u0000${i}`} data-rule={row.rule} data-vm={row.vm}>
              <th scope="row">{row.rule}</th>
              <td>
                <span className="endpoint">{endpointLabel(row.frontendIp, row.frontendPort)}</span>
                <span className="sub">
                  {row.frontend} · {row.protocol}
                </span>
              </td>
              <td>
                {row.vm}
                <span className="sub endpoint">{row.memberIp}</span>
              </td>
              <td className="endpoint" data-column="destination">
                {endpointLabel(row.destinationIp, row.destinationPort)}
              </td>
              <td>
                <span className="endpoint">{row.listenIp}</span>
                <span className="sub">{row.listenOn === 'loopback' ? 'on a loopback interface' : 'on the NIC'}</span>
              </td>
              <td>
                <span className={row.floatingIp ? 'pill pill--on' : 'pill pill--off'}>{row.floatingIp ? 'On' : 'Off'}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
