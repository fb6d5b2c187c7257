import type { ReactNode } from 'react';

interface SectionProps {
  id: string;
  title: string;
  /** Shown beside the title, e.g. the number of rows. */
  count?: number;
  /** What `count` counts, for screen readers: "rows", "findings". */
  unit?: string;
  children: ReactNode;
}

/** A titled region of the page; the heading names the landmark. */
export function Section({ id, title, count, unit, children }: SectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section className="panel" id={id} aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {title}
        {count === undefined ? null : ' '}
        {count === undefined ? null : (
          <span className="panel__count">
            {count}
            {unit ? <span className="visually-hidden"> {unit}</span> : null}
          </span>
        )}
      </h2>
      {children}
    </section>
  );
}
