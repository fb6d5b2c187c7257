import type { MappingRow } from '../../core/mapping/mapping';
import type { ListenOn } from '../../core/model/holder';
import { endpointLabel } from './endpoint';

/** The sortable columns of the mapping table. */
export type SortColumn = 'rule' | 'frontend' | 'vm' | 'destination' | 'listen' | 'floating';
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  column: SortColumn;
  direction: SortDirection;
}

// Text a column sorts by; numeric collation makes VM2 < VM10 and 10.0.0.4 < 10.0.0.10.
const KEY: Record<SortColumn, (r: MappingRow) => string> = {
  rule: (r) => r.rule,
  frontend: (r) => endpointLabel(r.frontendIp, r.frontendPort),
  vm: (r) => r.vm,
  destination: (r) => endpointLabel(r.destinationIp, r.destinationPort),
  listen: (r) => `${r.listenOn} ${r.listenIp}`,
  floating: (r) => (r.floatingIp ? '1' : '0'),
};
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Rows sorted by a column, stably (ties keep the core's order); the core's order when unsorted.
 * @example sortRows(rows, { column: 'vm', direction: 'descending' })
 */
export function sortRows(rows: readonly MappingRow[], sort: SortState | undefined): readonly MappingRow[] {
  if (!sort) return rows;
  const key = KEY[sort.column];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, k: key(row) }))
    .sort((a, b) => sign * collator.compare(a.k, b.k) || a.i - b.i)
    .map((x) => x.row);
}

/** The next sort when a column header is activated: ascending, then descending, then the core's order. */
export function nextSort(current: SortState | undefined, column: SortColumn): SortState | undefined {
  if (current?.column !== column) return { column, direction: 'ascending' };
  return current.direction === 'ascending' ? { column, direction: 'descending' } : undefined;
}

/**
 * Rows whose visible text contains every word of the query, case-insensitively.
 * @example filterRows(rows, 'vm1 65.52') // rows of VM1 on a 65.52.x frontend
 */
export function filterRows(rows: readonly MappingRow[], query: string): readonly MappingRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((r) => {
    const text = searchText(r);
    return words.every((w) => text.includes(w));
  });
}

// Words a filter finds a row's listen place by; English like the other searchable values (addresses, names).
const SEARCH_WORDS: Record<ListenOn, string> = {
  nic: 'nic',
  loopback: 'loopback',
  cluster: 'cluster active node nic',
  none: 'forwarded appliance original destination',
};

function searchText(r: MappingRow): string {
  return [
    r.rule,
    r.frontend,
    r.protocol,
    endpointLabel(r.frontendIp, r.frontendPort),
    r.vm,
    r.memberIp,
    endpointLabel(r.destinationIp, r.destinationPort),
    r.listenIp,
    SEARCH_WORDS[r.listenOn],
    r.floatingIp ? 'floating on' : 'floating off',
  ]
    .join(' ')
    .toLowerCase();
}
