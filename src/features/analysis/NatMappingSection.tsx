import { useId, useMemo } from 'react';
import type { Diagnostic, ElementRef } from '../../core/diagnostics/diagnostic';
import type { NatMappingRow } from '../../core/mapping/natMapping';
import { useT } from '../../i18n/useT';
import { conflictIndex, conflictKey } from './conflicts';
import { messages } from './messages';
import { Table } from '../../lib/ui/Table';
import { NatMappingRowView } from './NatMappingRowView';
import { useLbRows } from './lbRows';

interface NatMappingSectionProps {
  rows: readonly NatMappingRow[];
  diagnostics: readonly Diagnostic[];
  selectedNatRule: string | undefined;
  selectedVm?: string;
  onSelect: (ref: ElementRef) => void;
}

const COLUMNS = ['colNatRule', 'colFrontend', 'colProtocol', 'colVm', 'colDestination', 'colListen', 'colFloating'] as const;

/**
 * The inbound NAT rules' mapping, under the rules' table: one row per NAT rule, since each forwards to one VM.
 * Few rows by nature (one per forwarded port), so no sorting or paging.
 */
export function NatMappingSection({ rows, diagnostics, selectedNatRule, selectedVm, onSelect }: NatMappingSectionProps) {
  const t = useT(messages);
  const headingId = useId();
  const conflicts = useMemo(() => conflictIndex(diagnostics, 'natRule'), [diagnostics]);
  const { column: lbColumn } = useLbRows();
  const columns: string[] = COLUMNS.map((c) => t(c));
  if (lbColumn) columns.splice(1, 0, t('colLoadBalancer'));
  return (
    <section className="nat-mapping" aria-labelledby={headingId}>
      <h3 id={headingId} className="nat-mapping__title">
        {t('natSection')}
      </h3>
      <Table caption={t('natCaption')} region={t('natCaption')} columns={columns} density="roomy" striped className="mapping-table">
        {rows.map((row, i) => (
          <NatMappingRowView
            key={`${row.natRule}\u0000${i}`}
            row={row}
            conflicts={conflicts.get(conflictKey(row.natRule, row.vm))}
            selected={row.natRule === selectedNatRule}
            vmSelected={selectedVm !== undefined && row.vm === selectedVm}
            onSelect={onSelect}
          />
        ))}
      </Table>
    </section>
  );
}
