import { useId, useMemo, useState } from 'react';
import type { Diagnostic, ElementRef } from '../../core/diagnostics/diagnostic';
import type { MappingRow } from '../../core/mapping/mapping';
import { conflictIndex, conflictKey } from './conflicts';
import { filterRows, nextSort, sortRows, type SortState } from './mappingRows';
import { MappingTable } from './MappingTable';
import { plural } from './severity';

interface MappingViewProps {
  rows: readonly MappingRow[];
  diagnostics: readonly Diagnostic[];
  selectedRule: string | undefined;
  onSelect: (ref: ElementRef) => void;
}

// Rendering every row of a large load balancer (hundreds of thousands) would freeze the page.
const PAGE = 500;

/** The mapping tab: a text filter, the sortable table, and empty states that say what to do. */
export function MappingView({ rows, diagnostics, selectedRule, onSelect }: MappingViewProps) {
  const filterId = useId();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState>();
  const [limit, setLimit] = useState(PAGE);
  const conflicts = useMemo(() => conflictIndex(diagnostics), [diagnostics]);
  const shown = useMemo(() => sortRows(filterRows(rows, query), sort), [rows, query, sort]);
  const conflicted = rows.filter((r) => conflicts.has(conflictKey(r.rule, r.vm))).length;

  if (rows.length === 0) {
    return (
      <p className="empty">
        No rule reaches a backend VM yet, so there is nothing to map. Connect a rule to a frontend and to a backend pool with
        at least one VM (on the canvas, or in the inspector), and the mapping appears here.
      </p>
    );
  }
  return (
    <>
      <div className="analysis-toolbar">
        <label htmlFor={filterId}>Filter rows</label>
        <input
          id={filterId}
          type="search"
          className="analysis-toolbar__filter"
          value={query}
          placeholder="rule, VM, address…"
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="analysis-toolbar__status" role="status">
          {shown.length === rows.length ? plural(rows.length, 'row') : `${shown.length} of ${plural(rows.length, 'row')}`}
          {conflicted > 0 && `, ${conflicted} in conflict`}
        </span>
      </div>
      {shown.length === 0 ? (
        <p className="empty">
          No row matches “{query}”.{' '}
          <button type="button" className="link-button" onClick={() => setQuery('')}>
            Clear the filter
          </button>
        </p>
      ) : (
        <MappingTable
          rows={shown.length > limit ? shown.slice(0, limit) : shown}
          sort={sort}
          onSort={(column) => setSort((s) => nextSort(s, column))}
          conflicts={conflicts}
          selectedRule={selectedRule}
          onSelect={onSelect}
        />
      )}
      {shown.length > limit && (
        <p className="analysis-more">
          Showing the first {limit} of {plural(shown.length, 'row')}; filter to narrow them down, or{' '}
          <button type="button" className="link-button" onClick={() => setLimit((l) => l + PAGE)}>
            show {Math.min(PAGE, shown.length - limit)} more
          </button>
          .
        </p>
      )}
    </>
  );
}
