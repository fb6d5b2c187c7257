import { Fragment, isValidElement, type ReactNode } from 'react';
import { cx } from './cx';
import styles from './Table.module.css';

interface TableProps {
  caption: ReactNode;
  /** Column headers: text becomes <th scope="col">; an element (a sortable header) is used as it is. */
  columns: readonly ReactNode[];
  /** The body's rows. */
  children: ReactNode;
  density?: 'roomy' | 'compact';
  striped?: boolean;
  /** Wraps the table in a focusable region of this name that scrolls sideways, for keyboard users on narrow screens. */
  region?: string;
  /** A feature's own class on the region (when there is one). */
  regionClassName?: string;
  className?: string;
  /** All rows, the header's included, when only the first of them are rendered (a long table renders as it scrolls). */
  rowCount?: number;
}

/** A data table: caption, one header row, the rows given; roomy or compact, optionally striped and scrollable. */
export function Table({
  caption,
  columns,
  children,
  density = 'compact',
  striped = false,
  region,
  regionClassName,
  className,
  rowCount,
}: TableProps) {
  const table = (
    <table className={cx(styles.table, styles[density], striped && styles.striped, className)} aria-rowcount={rowCount}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) =>
            isValidElement(c) ? (
              <Fragment key={i}>{c}</Fragment>
            ) : (
              <th key={i} scope="col">
                {c}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  if (region === undefined) return table;
  return (
    <div className={cx(styles.scroll, regionClassName)} role="region" aria-label={region} tabIndex={0}>
      {table}
    </div>
  );
}
