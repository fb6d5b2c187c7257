import type { SortColumn, SortState } from './mappingRows';

interface SortHeaderProps {
  column: SortColumn;
  label: string;
  sort: SortState | undefined;
  onSort: (column: SortColumn) => void;
}

/** A column header that sorts on activation and reports its state through aria-sort. */
export function SortHeader({ column, label, sort, onSort }: SortHeaderProps) {
  const direction = sort?.column === column ? sort.direction : undefined;
  const arrow = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
  return (
    <th scope="col" aria-sort={direction ?? 'none'}>
      <button type="button" className="sort-header" onClick={() => onSort(column)}>
        {label}
        <span className={direction ? 'sort-header__arrow sort-header__arrow--active' : 'sort-header__arrow'} aria-hidden="true">
          {arrow}
        </span>
      </button>
    </th>
  );
}
