import { memo } from 'react';
import type { NatMappingRow } from '../../core/mapping/natMapping';
import { endpointLabel } from './endpoint';
import { DeliveryCells, RowFrame, type RowViewProps } from './RowCells';
import { Button } from '../../lib/ui/Button';

/** One NAT mapping row. Clicking it selects its NAT rule; the names inside are buttons for keyboard users. Memoised like MappingRowView. */
export const NatMappingRowView = memo(function NatMappingRowView({ row, conflicts, selected, onSelect }: RowViewProps<NatMappingRow>) {
  return (
    <RowFrame
      self={{ kind: 'natRule', name: row.natRule }}
      conflicts={conflicts}
      selected={selected}
      onSelect={onSelect}
      data={{ 'data-nat-rule': row.natRule, 'data-vm': row.vm }}
    >
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
    </RowFrame>
  );
});
