import { memo } from 'react';
import type { DiagnosticCode, ElementRef } from '../../core/diagnostics/diagnostic';
import type { NatMappingRow } from '../../core/mapping/natMapping';
import { endpointLabel } from './endpoint';
import { DeliveryCells, RowHeader } from './RowCells';
import { Button } from '../../lib/ui/Button';

interface NatMappingRowViewProps {
  row: NatMappingRow;
  /** Error codes that name this row's NAT rule and VM together, if any. */
  conflicts: readonly DiagnosticCode[] | undefined;
  selected: boolean;
  onSelect: (ref: ElementRef) => void;
}

/** One NAT mapping row. Clicking it selects its NAT rule; the names inside are buttons for keyboard users. Memoised like MappingRowView. */
export const NatMappingRowView = memo(function NatMappingRowView({ row, conflicts, selected, onSelect }: NatMappingRowViewProps) {
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
      <RowHeader name={row.natRule} conflicts={conflicts} onSelect={() => onSelect(self)} />
      <td>
        <span className="endpoint">{endpointLabel(row.frontendIp, row.frontendPort)}</span>
        <span className="sub">
          <Button variant="link" onClick={() => onSelect({ kind: 'frontend', name: row.frontend })}>
            {row.frontend}
          </Button>
        </span>
      </td>
      <td>{row.protocol}</td>
      <DeliveryCells row={row} onSelect={onSelect} />
    </tr>
  );
});
