import { useId, useMemo } from 'react';
import type { ElementRef } from '../../core/diagnostics/diagnostic';
import type { GlobalVmRow } from '../../core/mapping/globalMapping';
import { useT } from '../../i18n/useT';
import { Button } from '../../lib/ui/Button';
import { Table } from '../../lib/ui/Table';
import { countText } from './count';
import { filterGlobalRows } from './globalRows';
import { GlobalMappingRowView } from './GlobalMappingRowView';
import { useLbRows } from './lbRows';
import { messages } from './messages';
import { pageWithSelected } from './page';
import { MAPPING_PAGE, useAnalysisView } from './viewState';

interface GlobalMappingSectionProps {
  /** The Global load balancers' flows to VMs (globalRowsOf), already narrowed by the load balancer filter. */
  rows: readonly GlobalVmRow[];
  selectedRule: string | undefined;
  /** The load balancer of the selected rule, when the selection names one (rule names repeat across load balancers). */
  selectedRuleLb?: string | undefined;
  selectedVm?: string;
  onSelect: (ref: ElementRef) => void;
}

const COLUMNS = ['colGlobalRule', 'colGlobalFrontend', 'colRegional', 'colVm', 'colDestination', 'colListen', 'colFloating'] as const;

/**
 * The flows of Global (cross-region) load balancers, under the rules' table: client → Global frontend → regional
 * frontend → VM, per Global rule and VM reached. Filtered by the same words as the main table, and paged like it: a
 * Global rule over large regional pools has as many rows as they have.
 */
export function GlobalMappingSection({ rows, selectedRule, selectedRuleLb, selectedVm, onSelect }: GlobalMappingSectionProps) {
  const t = useT(messages);
  const headingId = useId();
  const { query, globalLimit: limit, showMoreGlobalRows } = useAnalysisView();
  const shown = useMemo(() => filterGlobalRows(rows, query), [rows, query]);
  const page = useMemo(() => pageWithSelected(shown, limit, selectedRule, selectedVm), [shown, limit, selectedRule, selectedVm]);
  const { column: lbColumn } = useLbRows();
  if (shown.length === 0) return null;
  const columns: string[] = COLUMNS.map((c) => t(c));
  if (lbColumn) columns.splice(1, 0, t('colLoadBalancer'));
  const isSelected = (row: GlobalVmRow) =>
    row.rule === selectedRule && (selectedRuleLb === undefined || selectedRuleLb === row.loadBalancer);
  return (
    <section className="nat-mapping global-mapping" aria-labelledby={headingId}>
      <h3 id={headingId} className="nat-mapping__title">
        {t('globalSection')} <span className="analysis-toolbar__status">{countText(t, shown.length, 'row')}</span>
      </h3>
      <p className="global-mapping__note">{t('globalNote')}</p>
      <Table caption={t('globalCaption')} region={t('globalCaption')} columns={columns} density="roomy" striped className="mapping-table">
        {page.rows.map((row, i) => (
          <GlobalMappingRowView
            key={`${row.loadBalancer}\u0000${row.rule}\u0000${row.regionalLoadBalancer}\u0000${row.regionalRule}\u0000${row.vm}\u0000${i}`}
            row={row}
            conflicts={undefined}
            selected={isSelected(row)}
            vmSelected={selectedVm !== undefined && row.vm === selectedVm}
            onSelect={onSelect}
          />
        ))}
      </Table>
      {shown.length > limit && (
        <p className="analysis-more">
          {t('showingFirst', { limit, rows: countText(t, shown.length, 'row') })}{' '}
          <Button variant="link" onClick={showMoreGlobalRows}>
            {t('showMore', { n: Math.min(MAPPING_PAGE, shown.length - limit) })}
          </Button>
          .
        </p>
      )}
    </section>
  );
}
