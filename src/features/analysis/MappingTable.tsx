import type { ReactNode } from 'react';
import type { DiagnosticCode, ElementRef } from '../../core/diagnostics/diagnostic';
import type { MappingRow } from '../../core/mapping/mapping';
import { conflictKey } from './conflicts';
import { useT } from '../../i18n/useT';
import { MappingRowView } from './MappingRowView';
import { messages } from './messages';
import { Table } from '../../lib/ui/Table';
import type { SortColumn, SortState } from './mappingRows';
import { SortHeader } from './SortHeader';
import { useRevealVmRows } from './useRevealVmRows';
import { useRenderWindow } from '../../lib/useRenderWindow';
import { useLbRows } from './lbRows';

interface MappingTableProps {
  rows: readonly MappingRow[];
  sort: SortState | undefined;
  onSort: (column: SortColumn) => void;
  conflicts: ReadonlyMap<string, DiagnosticCode[]>;
  selectedRule: string | undefined;
  /** The selected VM: its rows are highlighted, and the first one scrolled into view when the VM is selected. */
  selectedVm?: string;
  onSelect: (ref: ElementRef) => void;
}

const COLUMNS: { column: SortColumn; label: keyof typeof messages.en }[] = [
  { column: 'rule', label: 'colRule' },
  { column: 'frontend', label: 'colFrontend' },
  { column: 'vm', label: 'colVm' },
  { column: 'destination', label: 'colDestination' },
  { column: 'listen', label: 'colListen' },
  { column: 'floating', label: 'colFloating' },
];

/** The core's mapping: for every rule and pool member, what the VM receives and where it must listen. */
export function MappingTable({ rows, sort, onSort, conflicts, selectedRule, selectedVm, onSelect }: MappingTableProps) {
  const t = useT(messages);
  const ref = useRevealVmRows<HTMLDivElement>(selectedVm);
  // The selected rule's or VM's rows are always rendered, so that they can be highlighted and scrolled to.
  const lastSelected = rows.findLastIndex((r) => r.rule === selectedRule || (selectedVm !== undefined && r.vm === selectedVm));
  const rendered = useRenderWindow(ref, rows.length, 'tbody > tr', lastSelected + 1);
  const { column: lbColumn } = useLbRows();
  const columns: ReactNode[] = COLUMNS.map((c) => (
    <SortHeader key={c.column} column={c.column} label={t(c.label)} sort={sort} onSort={onSort} />
  ));
  // The load balancer's column follows the rule's (several load balancers only); it is not sortable.
  if (lbColumn) columns.splice(1, 0, t('colLoadBalancer'));
  return (
    // A named region so keyboard users can scroll the table sideways on narrow screens.
    <div ref={ref} className="mapping-table__frame">
      <Table
        caption={t('caption')}
        region={t('caption')}
        columns={columns}
        density="roomy"
        striped
        className="mapping-table"
        rowCount={rendered < rows.length ? rows.length + 1 : undefined}
      >
        {rows.slice(0, rendered).map((row, i) => (
          <MappingRowView
            key={`${row.rule}\u0000${row.vm}\u0000${row.memberIp}\u0000${i}`}
            row={row}
            conflicts={conflicts.get(conflictKey(row.rule, row.vm))}
            selected={row.rule === selectedRule}
            vmSelected={selectedVm !== undefined && row.vm === selectedVm}
            onSelect={onSelect}
          />
        ))}
      </Table>
    </div>
  );
}
