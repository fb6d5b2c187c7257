// Mapping and Diagnostics of a topology with two load balancers, against the real stores, in happy-dom.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { topology as build } from '../../core/testing/builders';
import { twoLbs as design } from '../../core/testing/twoLbs';
import { migrateV1 } from '../../core/topology/design';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { AnalysisPanel } from './AnalysisPanel';
import { useAnalysisView } from './viewState';

const lbFilter = () => screen.getByRole('combobox', { name: 'Load balancer' });
const bodyRows = () => screen.getAllByRole('row').filter((r) => r.closest('tbody'));

beforeEach(() => {
  useTopologyStore.getState().replace(design());
  useUiStore.setState({ selection: [], focusedLb: undefined, analysisTab: 'mapping' });
  useAnalysisView.getState().setLoadBalancer(undefined);
  useAnalysisView.getState().setQuery('');
});

describe('the analysis tabs with several load balancers', () => {
  it("shows each row's load balancer, and the filter narrows to one load balancer's rows", () => {
    render(<AnalysisPanel />);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toContain('Load balancer');
    expect(bodyRows().map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['public', 'public', 'ilb']);

    fireEvent.change(lbFilter(), { target: { value: 'ilb' } });
    expect(bodyRows().map((r) => r.getAttribute('data-rule'))).toEqual(['web']);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).not.toContain('Load balancer');
  });

  it('selecting a row names its load balancer, so the focus follows', () => {
    render(<AnalysisPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'web' }));
    expect(useUiStore.getState().selection).toEqual([{ kind: 'rule', name: 'web', loadBalancer: 'ilb' }]);
    expect(useUiStore.getState().focusedLb).toBe('ilb');
  });

  it("says each finding's load balancer, and the filter keeps one load balancer's findings", () => {
    render(<AnalysisPanel />);
    act(() => useUiStore.getState().openTab('diagnostics'));
    const noProbe = () => screen.queryAllByText(/Rule web has no health probe/);
    expect(noProbe().length).toBeGreaterThan(0);
    fireEvent.change(lbFilter(), { target: { value: 'public' } });
    expect(noProbe()).toHaveLength(0);
    fireEvent.change(lbFilter(), { target: { value: 'ilb' } });
    expect(noProbe().length).toBeGreaterThan(0);
    expect(document.querySelectorAll('.diagnostic__lb:not([data-lb="ilb"])')).toHaveLength(0);
  });

  it('shows neither the column nor the filter with one load balancer', () => {
    useTopologyStore.getState().replace(migrateV1(build()));
    render(<AnalysisPanel />);
    expect(screen.queryByRole('combobox', { name: 'Load balancer' })).toBeNull();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).not.toContain('Load balancer');
  });
});
