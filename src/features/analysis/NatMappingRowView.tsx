import { memo } from 'react';
import type { DiagnosticCode, ElementRef } from '../../core/diagnostics/diagnostic';
import type { NatMappingRow } from '../../core/mapping/natMapping';
import { endpointLabel } from './endpoint';
import { DeliveryCells, RowFrame } from './RowCells';
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
