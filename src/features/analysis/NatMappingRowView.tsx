import { memo } from 'react';
import type { NatMappingRow } from '../../core/mapping/natMapping';
import { DeliveryCells, FrontendCell, RowFrame, type RowViewProps } from './RowCells';
import { useLbRows } from './lbRows';
import { sameRowProps } from './sameRow';

/** One NAT mapping row. Clicking it selects its NAT rule; the names inside are buttons for keyboard users. Memoised like MappingRowView. */
export const NatMappingRowView = memo(function NatMappingRowView({
  row,
  conflicts,
  selected,
  vmSelected,
  onSelect,
}: RowViewProps<NatMappingRow>) {
  const lb = useLbRows().lbOf(row.natRuleRef, row.natRule);
  return (
    <RowFrame
      self={{ kind: 'natRule', name: row.natRule, ...(lb !== undefined && { loadBalancer: lb }) }}
      conflicts={conflicts}
      selected={selected}
      vmSelected={vmSelected}
      onSelect={onSelect}
      data={{ 'data-nat-rule': row.natRule, 'data-vm': row.vm }}
    >
      <FrontendCell row={row} loadBalancer={lb} onSelect={onSelect} />
      <td>{row.protocol}</td>
      <DeliveryCells row={row} onSelect={onSelect} />
    </RowFrame>
  );
}, sameRowProps);
