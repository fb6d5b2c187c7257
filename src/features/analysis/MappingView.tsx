import { useId, useMemo, type ReactNode } from 'react';
import type { Diagnostic, ElementRef } from '../../core/diagnostics/diagnostic';
import type { MappingRow } from '../../core/mapping/mapping';
import type { NatMappingRow } from '../../core/mapping/natMapping';
import { conflictIndex, countConflicted } from './conflicts';
import { filterRows, nextSort, sortRows } from './mappingRows';
import { MappingTable } from './MappingTable';
import { pageWithSelected } from './page';
import { NatMappingSection } from './NatMappingSection';
import { GlobalMappingSection } from './GlobalMappingSection';
import type { GlobalVmRow } from '../../core/mapping/globalMapping';
import { useT } from '../../i18n/useT';
import { countText } from './count';
import { messages } from './messages';
import { Button } from '../../lib/ui/Button';
import { MAPPING_PAGE, useAnalysisView } from './viewState';
import { loadOnce } from '../../lib/loadOnce';
import { useLoaded } from '../../lib/useLoaded';
import { useNarrow } from './useNarrow';
import { LbFilterControl } from './LbFilterControl';

// The phone's cards plan each VM's guest summary (core/guest): a chunk of their own, fetched only on a narrow screen.
const loadCards = loadOnce(() => import('./cards/VmCards'));

interface MappingViewProps {
  rows: readonly MappingRow[];
  /** The inbound NAT rules' rows: a second table when there are any. */
  natRows?: readonly NatMappingRow[];
  diagnostics: readonly Diagnostic[];
  selectedRule: string | undefined;
  selectedNatRule?: string;
  /** The selected VM: its rows (of both tables) are highlighted and brought onto the page. */
  selectedVm?: string;
  onSelect: (ref: ElementRef) => void;
  /** The topology's load balancers: with several, a filter picks one (the rows are already that one's). */
  loadBalancers?: readonly string[];
  /** The load balancer the rows are filtered to, if any. */
  shownLb?: string | undefined;
  /** The Global load balancers' flows to VMs (a section of their own), narrowed by the load balancer filter. */
  globalRows?: readonly GlobalVmRow[];
  /** The load balancer of the selected rule, when the selection names one. */
  selectedRuleLb?: string | undefined;
}

// Rendering every row of a large load balancer (hundreds of thousands) would freeze the page: the table
// shows a page of useAnalysisView's mappingLimit rows, and "show more" adds a page.

/** The mapping tab: a text filter, the sortable table, and empty states that say what to do; then the NAT rules' table. */
export function MappingView({
  rows,
  natRows = [],
  diagnostics,
  selectedRule,
  selectedNatRule,
  selectedVm,
  onSelect,
  loadBalancers = [],
  shownLb,
  globalRows = [],
  selectedRuleLb,
}: MappingViewProps) {
  const t = useT(messages);
  const filterId = useId();
  const { query, sort, mappingLimit: limit, setQuery, setSort, showMoreRows } = useAnalysisView();
  const conflicts = useMemo(() => conflictIndex(diagnostics), [diagnostics]);
  const shown = useMemo(() => sortRows(filterRows(rows, query), sort), [rows, query, sort]);
  const conflicted = useMemo(() => countConflicted(rows, conflicts), [rows, conflicts]);
  const page = useMemo(() => pageWithSelected(shown, limit, selectedRule, selectedVm), [shown, limit, selectedRule, selectedVm]);
  const narrow = useNarrow();
  const cards = useLoaded(loadCards, narrow);
  const nat = natRows.length > 0 && (
    <NatMappingSection
      rows={natRows}
      diagnostics={diagnostics}
      selectedNatRule={selectedNatRule}
      selectedVm={selectedVm}
      onSelect={onSelect}
    />
  );

  const global = globalRows.length > 0 && (
    <GlobalMappingSection
      rows={globalRows}
      selectedRule={selectedRule}
      selectedRuleLb={selectedRuleLb}
      selectedVm={selectedVm}
      onSelect={onSelect}
    />
  );

  // The filter box; the table adds its row count, the phone's cards filter by the same words.
  const toolbar = (status?: ReactNode) => (
    <div className="analysis-toolbar">
      <label htmlFor={filterId}>{t('filterRows')}</label>
      <input
        id={filterId}
        type="search"
        className="analysis-toolbar__filter"
        value={query}
        placeholder={t('filterPlaceholder')}
        onChange={(e) => setQuery(e.target.value)}
      />
      <LbFilterControl names={loadBalancers} />
      {status}
    </div>
  );

  if (narrow && rows.length + natRows.length > 0) {
    return (
      <>
        {toolbar()}
        {cards.module ? (
          <cards.module.VmCards rows={rows} natRows={natRows} query={query} selectedVm={selectedVm} onSelect={onSelect} />
        ) : (
          <p className="analysis-empty" role={cards.failed ? 'alert' : 'status'}>
            {t(cards.failed ? 'cardsLoadFailed' : 'cardsLoading')}
          </p>
        )}
        {global}
      </>
    );
  }
  // A Global load balancer's own pool holds no VM: filtered to it, its flows are the whole mapping.
  if (rows.length === 0) {
    return (
      <>
        {(shownLb !== undefined || global) && toolbar()}
        {!global && <p className="analysis-empty">{shownLb !== undefined ? t('noRowsIn', { name: shownLb }) : t('noRows')}</p>}
        {global}
        {nat}
      </>
    );
  }
  return (
    <>
      {toolbar(
        <span className="analysis-toolbar__status" role="status">
          {shown.length === rows.length
            ? countText(t, rows.length, 'row')
            : t('someOf', { shown: shown.length, rows: countText(t, rows.length, 'row') })}
          {conflicted > 0 && t('inConflict', { n: conflicted })}
        </span>,
      )}
      {shown.length === 0 ? (
        <p className="analysis-empty">
          {t('noMatch', { query })}{' '}
          <Button variant="link" onClick={() => setQuery('')}>
            {t('clearFilter')}
          </Button>
        </p>
      ) : (
        <MappingTable
          rows={page.rows}
          sort={sort}
          onSort={(column) => setSort((s) => nextSort(s, column))}
          conflicts={conflicts}
          selectedRule={selectedRule}
          selectedVm={selectedVm}
          onSelect={onSelect}
        />
      )}
      {shown.length > limit && (
        <p className="analysis-more">
          {t('showingFirst', { limit, rows: countText(t, shown.length, 'row') })}{' '}
          <Button variant="link" onClick={showMoreRows}>
            {t('showMore', { n: Math.min(MAPPING_PAGE, shown.length - limit) })}
          </Button>
          .
        </p>
      )}
      {page.added > 0 && (
        <p className="analysis-more">
          {selectedRule !== undefined
            ? t('selectedAdded', { n: page.added, rule: selectedRule })
            : t('selectedVmAdded', { n: page.added, vm: selectedVm ?? '' })}
        </p>
      )}
      {global}
      {nat}
    </>
  );
}
