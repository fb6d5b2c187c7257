// The grouped Diagnostics tab in happy-dom: one line per code, disclosure buttons, paging, filter and Select.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rule, topology } from '../../core/testing/builders';
import { analyze } from '../../core/validation/analyze';
import { DiagnosticsView } from './DiagnosticsView';
import { useAnalysisView } from './viewState';

// 300 rules without probes, floating IP on: 300 NoProbe warnings and two infos per rule.
const rules = Array.from({ length: 300 }, (_, i) =>
  rule(`rule${i}`, { probe: undefined, floatingIp: true, frontendPort: 1000 + i, backendPort: 1000 + i }),
);
const { diagnostics } = analyze(topology({ rules, probes: [] }));
// One rule with one finding of its own code shows that finding directly.
const single = analyze(topology({ rules: [rule('solo', { probe: undefined })], probes: [] })).diagnostics;

const toggles = () => screen.getAllByRole('button', { expanded: false }).concat(screen.queryAllByRole('button', { expanded: true }));

beforeEach(() => useAnalysisView.getState().setSeverity('all'));

describe('the grouped Diagnostics tab', () => {
  it('shows one closed line per code with its count, and none of its findings', () => {
    render(<DiagnosticsView diagnostics={diagnostics} onSelect={() => undefined} />);
    expect(toggles().map((b) => b.textContent)).toEqual([
      expect.stringMatching(/^WarningNoProbe300 findingse\.g\. Rule rule0 has no health probe/),
      expect.stringMatching(/^InfoFloatingIpGuestConfigRequired300 findings/),
      expect.stringMatching(/^InfoFloatingIpOutboundLimitation300 findings/),
    ]);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('opens a group a page at a time, and a finding’s Select hands over its elements', () => {
    const onSelect = vi.fn();
    render(<DiagnosticsView diagnostics={diagnostics} onSelect={onSelect} />);
    const noProbe = screen.getByRole('button', { name: /NoProbe/, expanded: false });
    fireEvent.click(noProbe);
    expect(noProbe.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('list', { name: 'NoProbe: 300 findings' });
    // Counted by tag: role queries over hundreds of items are slow in happy-dom.
    expect(list.querySelectorAll(':scope > li')).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'show 100 more' }));
    expect(list.querySelectorAll(':scope > li')).toHaveLength(200);
    fireEvent.click(within(list).getByText('Select rule150', { selector: 'button' }));
    expect(onSelect).toHaveBeenCalledWith([{ kind: 'rule', name: 'rule150' }]);
    fireEvent.click(noProbe);
    expect(document.querySelectorAll('li')).toHaveLength(0);
  }, 20_000);

  it('groups only what the severity filter keeps', () => {
    render(<DiagnosticsView diagnostics={diagnostics} onSelect={() => undefined} />);
    fireEvent.click(screen.getByRole('radio', { name: /^Warnings/ }));
    expect(toggles().map((b) => b.textContent)).toEqual([expect.stringMatching(/^WarningNoProbe300 findings/)]);
  });

  it('shows a code found once as its finding, with no disclosure', () => {
    render(<DiagnosticsView diagnostics={single} onSelect={() => undefined} />);
    expect(screen.queryAllByRole('button', { expanded: false })).toHaveLength(0);
    expect(screen.getAllByRole('listitem')).toHaveLength(single.length);
  });
});
