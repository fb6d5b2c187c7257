// The mapping table renders a long page as it scrolls: the first screenful, more when its end nears the screen.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { topology, vm } from '../../core/testing/builders';
import { analyze } from '../../core/validation/analyze';
import { MappingTable } from './MappingTable';
import { FIRST_ITEMS as FIRST_ROWS } from '../../lib/useRenderWindow';
import { fakeIntersectionObserver } from '../../lib/testing/fakeIntersection';

const one = analyze(topology({ vms: [vm('VM1', '10.0.0.4')] })).rows[0]!;
const rows = Array.from({ length: 100 }, (_, i) => ({ ...one, rule: `rule${i}` }));
const bodyRows = () => screen.getAllByRole('row').filter((r) => r.closest('tbody'));

// A stand-in IntersectionObserver: the test says when the observed row comes near the screen.
const observed = fakeIntersectionObserver();

const table = (props: { selectedRule?: string } = {}) => (
  <MappingTable
    rows={rows}
    sort={undefined}
    onSort={() => {}}
    conflicts={new Map()}
    selectedRule={props.selectedRule}
    onSelect={() => {}}
  />
);

describe('the mapping table of a long page', () => {
  it('renders the first screenful, tells assistive technology how many rows there are, and adds rows near the end', () => {
    render(table());
    expect(bodyRows()).toHaveLength(FIRST_ROWS);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('101');
    // The observed rows are the last ten rendered, so the next rows are ready before they scroll in.
    expect(observed().map((o) => o.target.getAttribute('data-rule'))).toEqual(
      Array.from({ length: 10 }, (_, i) => `rule${FIRST_ROWS - 10 + i}`),
    );
    act(() => observed()[0]!.fire());
    expect(bodyRows().length).toBeGreaterThan(FIRST_ROWS);
    while (observed().length > 0) act(() => observed()[0]!.fire());
    expect(bodyRows()).toHaveLength(100);
    expect(screen.getByRole('table').hasAttribute('aria-rowcount')).toBe(false);
  });

  it("always renders the selected rule's rows, however far down", () => {
    render(table({ selectedRule: 'rule80' }));
    expect(bodyRows()).toHaveLength(81);
    expect(bodyRows().at(-1)?.getAttribute('data-rule')).toBe('rule80');
  });

  it('renders every row where the browser cannot say what is on screen', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(table());
    expect(bodyRows()).toHaveLength(100);
  });
});
