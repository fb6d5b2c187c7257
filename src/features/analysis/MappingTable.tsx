import { useId } from 'react';
import type { DiagnosticCode, ElementRef } from '../../core/diagnostics/diagnostic';
import type { MappingRow } from '../../core/mapping/mapping';
import { conflictKey } from './conflicts';
import { MappingRowView } from './MappingRowView';
import type { SortColumn, SortState } from './mappingRows';
import { SortHeader } from './SortHeader';

interface MappingTableProps {
  rows: readonly MappingRow[];
  sort: SortState | undefined;
  onSort: (column: SortColumn) => void;
  conflicts: ReadonlyMap<string, DiagnosticCode[]>;
  selectedRule: string | undefined;
  onSelect: (ref: ElementRef) => void;
}

const COLUMNS: { column: SortColumn; label: string }[] = [
  { column: 'rule', label: 'Rule' },
  { column: 'frontend', label: 'Frontend' },
  { column: 'vm', label: 'VM' },
  { column: 'destination', label: 'Destination in the VM' },
  { column: 'listen', label: 'Listen on' },
  { column: 'floating', label: 'Floating IP' },
];

/** The core's mapping: for every rule and pool member, what the VM receives and where it must listen. */
export function MappingTable({ rows, sort, onSort, conflicts, selectedRule, onSelect }: MappingTableProps) {
  const captionId = useId();
  return (
    // Focusable and named so keyboard users can scroll the table sideways on narrow screens.
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="mapping-table">
        <caption id={captionId}>What each VM receives, per load-balancing rule</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <SortHeader key={c.column} column={c.column} label={c.label} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <MappingRowView
              key={`${row.rule}\u0000${row.vm}\u0000${row.memberIp}\u0000${i}`}
              row={row}
              conflicts={conflicts.get(conflictKey(row.rule, row.vm))}
              selected={row.rule === selectedRule}
              onSelect={onSelect}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
