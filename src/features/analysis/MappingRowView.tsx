import { memo } from 'react';
import type { MappingRow } from '../../core/mapping/mapping';
import { endpointLabel } from './endpoint';
import { DeliveryCells, RowFrame, type RowViewProps } from './RowCells';
import { Button } from '../../lib/ui/Button';

/**
 * One mapping row. Clicking it selects its rule; the names inside are buttons for keyboard users. Memoised: a new
 * selection re-renders only the rows whose `selected` changes, not all (up to 500) rows.
 */
export const MappingRowView = memo(function MappingRowView({ row, conflicts, selected, onSelect }: RowViewProps<MappingRow>) {
  return (
    <RowFrame
      self={{ kind: 'rule', name: row.rule }}
      conflicts={conflicts}
      selected={selected}
      onSelect={onSelect}
      data={{ 'data-rule': row.rule, 'data-vm': row.vm }}
    >
      <td>
        <span className="endpoint">{endpointLabel(row.frontendIp, row.frontendPort)}</span>
        <span className="sub">
          <Button variant="link" onClick={() => onSelect({ kind: 'frontend', name: row.frontend })}>
            {row.frontend}
          </Button>{' '}
          · {row.protocol}
        </span>
      </td>
      <DeliveryCells row={row} onSelect={onSelect} />
    </RowFrame>
  );
});
