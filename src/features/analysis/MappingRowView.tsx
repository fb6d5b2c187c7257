import { memo } from 'react';
import type { MappingRow } from '../../core/mapping/mapping';
import { DeliveryCells, FrontendCell, RowFrame, type RowViewProps } from './RowCells';
import { useLbRows } from './lbRows';
import { sameRowProps } from './sameRow';

/**
 * One mapping row. Clicking it selects its rule; the names inside are buttons for keyboard users. Memoised: a new
 * selection re-renders only the rows whose `selected` changes, not all (up to 500) rows, and a new analysis only
 * the rows whose fields changed (an edited rule's).
 */
export const MappingRowView = memo(function MappingRowView({ row, conflicts, selected, vmSelected, onSelect }: RowViewProps<MappingRow>) {
  const lb = useLbRows().lbOf(row.ruleRef, row.rule);
  return (
    <RowFrame
      self={{ kind: 'rule', name: row.rule, ...(lb !== undefined && { loadBalancer: lb }) }}
      conflicts={conflicts}
      selected={selected}
      vmSelected={vmSelected}
      onSelect={onSelect}
      data={{ 'data-rule': row.rule, 'data-vm': row.vm }}
    >
      <FrontendCell row={row} protocol={row.protocol} loadBalancer={lb} onSelect={onSelect} />
      <DeliveryCells row={row} onSelect={onSelect} />
    </RowFrame>
  );
}, sameRowProps);
