// The Mapping tab of the cross-region example: the Global load balancer's flows, a section of their own, against the
// real stores, in happy-dom.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadTopology } from '../../core/topology/load';
import type { Topology } from '../../core/topology/schema';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { AnalysisPanel } from './AnalysisPanel';
import { MAPPING_PAGE, useAnalysisView } from './viewState';

const loaded = loadTopology(readFileSync('public/examples/cross-region.json', 'utf8'));
if (!loaded.ok) throw new Error('public/examples/cross-region.json does not load');
const crossRegion = loaded.topology;
const SECTION = /^Global \(cross-region\) load balancers/;
const section = () => screen.getByRole('region', { name: SECTION });
const globalRows = () =>
  within(section())
    .getAllByRole('row')
    .filter((r) => r.closest('tbody'));
const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);
const lbFilter = () => screen.getByRole('combobox', { name: 'Load balancer' });

function open(t: Topology) {
  useTopologyStore.getState().replace(t);
  useUiStore.setState({ selection: [], focusedLb: undefined, analysisTab: 'mapping' });
  return render(<AnalysisPanel />);
}

beforeEach(() => {
  useAnalysisView.getState().setLoadBalancer(undefined);
  useAnalysisView.getState().setQuery('');
});

describe('the Mapping tab of a Global load balancer', () => {
  it('shows each Global rule × VM: Global frontend, regional frontend and rule, what the VM receives', () => {
    open(crossRegion);
    expect(globalRows().map((r) => [r.getAttribute('data-regional-lb'), r.getAttribute('data-vm')])).toEqual([
      ['lb-west', 'web-west-1'],
      ['lb-west', 'web-west-2'],
      ['lb-east', 'web-east-1'],
      ['lb-east', 'web-east-2'],
    ]);
    const [lb, frontend, regional, vm, destination, listen, floating] = cellsOf(globalRows()[0]!);
    expect(lb).toBe('lb-global');
    expect(frontend).toBe('203.0.113.50:443anycast · Tcp');
    expect(regional).toBe('198.51.100.10:443lb-west / web · https');
    expect([vm, destination, listen]).toEqual(['web-west-110.1.0.4', '10.1.0.4:443', '10.1.0.4on the NIC']);
    expect(floating).toBe('Global: Off Regional: Off');
  });

  it('with floating IP on the Global rule, every VM receives the Global frontend IP on a loopback', () => {
    const t = structuredClone(crossRegion);
    t.loadBalancers[0]!.rules[0]!.floatingIp = true;
    open(t);
    for (const row of globalRows()) {
      expect(row.querySelector('[data-column="destination"]')!.textContent).toBe('203.0.113.50:443');
      expect(row.querySelector('[data-column="listenOn"]')!.textContent).toBe('203.0.113.50on a loopback interface');
    }
  });

  it("the load balancer filter treats the flows as the Global load balancer's rows", () => {
    open(crossRegion);
    fireEvent.change(lbFilter(), { target: { value: 'lb-global' } });
    expect(globalRows()).toHaveLength(4);
    expect(screen.queryByText(/delivers nothing yet/)).toBeNull();
    fireEvent.change(lbFilter(), { target: { value: 'lb-west' } });
    expect(screen.queryByRole('region', { name: SECTION })).toBeNull();
  });

  it('the filter box narrows the flows; clicking one selects the Global rule of its load balancer', () => {
    open(crossRegion);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'east' } });
    expect(globalRows().map((r) => r.getAttribute('data-vm'))).toEqual(['web-east-1', 'web-east-2']);
    fireEvent.click(globalRows()[0]!.querySelector('[data-column="listenOn"]')!);
    expect(useUiStore.getState().selection).toEqual([{ kind: 'rule', name: 'https', loadBalancer: 'lb-global' }]);
  });

  it('pages the flows like the main table: a page, then "show more"', () => {
    // A page of 3 stands for MAPPING_PAGE (100), so the test renders few rows.
    open(crossRegion);
    act(() => useAnalysisView.setState({ globalLimit: 3 }));
    expect(globalRows()).toHaveLength(3);
    fireEvent.click(within(section()).getByRole('button', { name: 'show 1 more' }));
    expect(globalRows()).toHaveLength(4);
    expect(useAnalysisView.getState().globalLimit).toBe(3 + MAPPING_PAGE);
  });
});
