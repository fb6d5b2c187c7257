import type { DiagnosticCode, ElementRef } from '../../core/diagnostics/diagnostic';
import type { NatMappingRow } from '../../core/mapping/natMapping';
import { useT } from '../../i18n/useT';
import { CodeWords } from './CodeWords';
import { endpointLabel } from './endpoint';
import { messages } from './messages';

interface NatMappingRowViewProps {
  row: NatMappingRow;
  /** Error codes that name this row's NAT rule and VM together, if any. */
  conflicts: readonly DiagnosticCode[] | undefined;
  selected: boolean;
  onSelect: (ref: ElementRef) => void;
}

/** One NAT mapping row. Clicking it selects its NAT rule; the names inside are buttons for keyboard users. */
export function NatMappingRowView({ row, conflicts, selected, onSelect }: NatMappingRowViewProps) {
  const t = useT(messages);
  const classes = ['mapping-row', conflicts && 'mapping-row--conflict', selected && 'mapping-row--selected'].filter(Boolean).join(' ');
  const self = { kind: 'natRule', name: row.natRule } as const;
  return (
    <tr
      className={classes}
      data-nat-rule={row.natRule}
      data-vm={row.vm}
      data-conflict={conflicts ? 'true' : undefined}
      onClick={(e) => {
        if (!(e.target as Element).closest('button, a')) onSelect(self);
      }}
    >
      <th scope="row">
        <button type="button" className="link-button" onClick={() => onSelect(self)}>
          {row.natRule}
        </button>
        {conflicts && (
          <span className="mapping-row__conflict">
            <span className="badge badge--error">{t('conflict')}</span>
            <span className="sub">{conflicts.map((c, i) => <CodeWords key={c} code={c} last={i === conflicts.length - 1} />)}</span>
          </span>
        )}
      </th>
      <td>
        <span className="endpoint">{endpointLabel(row.frontendIp, row.frontendPort)}</span>
        <span className="sub">
          <button type="button" className="link-button" onClick={() => onSelect({ kind: 'frontend', name: row.frontend })}>
            {row.frontend}
          </button>
        </span>
      </td>
      <td>{row.protocol}</td>
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
    </tr>
  );
}
