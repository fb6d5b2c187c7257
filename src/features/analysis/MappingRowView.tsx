import type { DiagnosticCode, ElementRef } from '../../core/diagnostics/diagnostic';
import type { MappingRow } from '../../core/mapping/mapping';
import { useT } from '../../i18n/useT';
import { CodeWords } from './CodeWords';
import { endpointLabel } from './endpoint';
import { messages } from './messages';

interface MappingRowViewProps {
  row: MappingRow;
  /** Error codes that name this row's rule and VM together, if any. */
  conflicts: readonly DiagnosticCode[] | undefined;
  selected: boolean;
  onSelect: (ref: ElementRef) => void;
}

/** One mapping row. Clicking it selects its rule; the names inside are buttons for keyboard users. */
export function MappingRowView({ row, conflicts, selected, onSelect }: MappingRowViewProps) {
  const t = useT(messages);
  const classes = ['mapping-row', conflicts && 'mapping-row--conflict', selected && 'mapping-row--selected'].filter(Boolean).join(' ');
  return (
    <tr
      className={classes}
      data-rule={row.rule}
      data-vm={row.vm}
      data-conflict={conflicts ? 'true' : undefined}
      onClick={(e) => {
        // Buttons inside the row select their own element.
        if (!(e.target as Element).closest('button, a')) onSelect({ kind: 'rule', name: row.rule });
      }}
    >
      <th scope="row">
        <button type="button" className="link-button" onClick={() => onSelect({ kind: 'rule', name: row.rule })}>
          {row.rule}
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
          </button>{' '}
          · {row.protocol}
        </span>
      </td>
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
