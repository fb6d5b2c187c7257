// The inspector of a topology with two load balancers, against the real stores, in happy-dom.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { rule, topology as build, vm } from '../../core/testing/builders';
import { migrateV1 } from '../../core/topology/design';
import type { Topology } from '../../core/topology/schema';
import { clearHistory, undo, useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { Inspector } from './Inspector';

// "public" (the builder's: FE1, FE2, pool of VM1 and VM2, rule r1) and "ilb" (Internal, rule web to a pool of VM2).
function twoLbs(): Topology {
  const one = migrateV1(build({ vms: [vm('VM1', '10.0.0.4'), vm('VM2', '10.0.0.5'), vm('VM3', '10.0.0.6')] }));
  const pub = { ...one.loadBalancers[0]!, name: 'public' };
  const ilb = {
    ...pub,
    name: 'ilb',
    type: 'Internal' as const,
    frontends: [{ name: 'FE1', ip: '10.0.1.10' }],
    backendPools: [{ name: 'pool', members: ['VM2'] }],
    rules: [rule('web')],
  };
  return { ...one, loadBalancers: [pub, ilb] };
}

beforeEach(() => {
  useTopologyStore.getState().replace(twoLbs());
  clearHistory();
  useUiStore.setState({ selection: [], focusedLb: undefined });
});

const lbList = () => screen.getByRole('region', { name: 'Load balancers (2)' });

describe('Inspector with several load balancers', () => {
  it('shows the topology, lists its load balancers and edits the focused one', () => {
    render(<Inspector />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Topology test');
    const items = within(lbList()).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-lb'))).toEqual(['public', 'ilb']);
    expect(items[1]!.textContent).toContain('Standard · Internal · Regional');
    expect((screen.getByLabelText('Load balancer name') as HTMLInputElement).value).toBe('public');

    fireEvent.click(within(lbList()).getByRole('button', { name: 'Edit load balancer ilb' }));
    expect(useUiStore.getState().focusedLb).toBe('ilb');
    expect((screen.getByLabelText('Load balancer name') as HTMLInputElement).value).toBe('ilb');
    expect(within(lbList()).getByRole('button', { name: 'Edit load balancer ilb' }).getAttribute('aria-current')).toBe('true');

    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'Public' } });
    expect(useTopologyStore.getState().topology.loadBalancers.map((lb) => lb.type)).toEqual(['Public', 'Public']);
    fireEvent.change(screen.getByLabelText('Tier'), { target: { value: 'Global' } });
    expect(useTopologyStore.getState().topology.loadBalancers[1]!.tier).toBe('Global');
    expect(useTopologyStore.getState().topology.loadBalancers[0]!.tier).toBeUndefined();
  });

  it('renames the focused load balancer and keeps it focused; a taken name is refused with the reason', () => {
    useUiStore.getState().focusLb('ilb');
    render(<Inspector />);
    const name = screen.getByLabelText('Load balancer name') as HTMLInputElement;
    fireEvent.change(name, { target: { value: 'public' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    expect(useTopologyStore.getState().topology.loadBalancers.map((lb) => lb.name)).toEqual(['public', 'ilb']);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.querySelector('.field__problem')?.textContent).toMatch(/public/);
    fireEvent.change(name, { target: { value: 'internal' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    expect(useTopologyStore.getState().topology.loadBalancers.map((lb) => lb.name)).toEqual(['public', 'internal']);
    expect(useUiStore.getState().focusedLb).toBe('internal');
    expect((screen.getByLabelText('Load balancer name') as HTMLInputElement).value).toBe('internal');
  });

  it('adds a load balancer as one undo step and focuses it', () => {
    render(<Inspector />);
    fireEvent.click(screen.getByRole('button', { name: 'Add load balancer' }));
    const names = useTopologyStore.getState().topology.loadBalancers.map((lb) => lb.name);
    expect(names).toHaveLength(3);
    expect(useUiStore.getState().focusedLb).toBe(names[2]);
    expect((screen.getByLabelText('Load balancer name') as HTMLInputElement).value).toBe(names[2]);
    act(() => undo());
    expect(useTopologyStore.getState().topology.loadBalancers).toHaveLength(2);
  });

  it('says which load balancer a selected element is in, and which ones a VM is behind', () => {
    render(<Inspector />);
    act(() => useUiStore.getState().select([{ kind: 'frontend', name: 'FE1', loadBalancer: 'ilb' }]));
    expect(screen.getByText('In load balancer ilb.')).toBeTruthy();
    act(() => useUiStore.getState().select([{ kind: 'vm', name: 'VM2' }]));
    expect(screen.getByText('Behind load balancers: public, ilb.')).toBeTruthy();
    act(() => useUiStore.getState().select([{ kind: 'vm', name: 'VM3' }]));
    expect(screen.getByText(/Behind no load balancer yet/)).toBeTruthy();
  });
});

describe('Move to load balancer', () => {
  const lbOf = (kind: 'rules' | 'probes', name: string) =>
    useTopologyStore.getState().topology.loadBalancers.find((lb) => (lb[kind] as { name: string }[]).some((e) => e.name === name))?.name;

  it('moves a rule to the chosen load balancer as one undo step, and keeps it selected there', () => {
    render(<Inspector />);
    act(() => useUiStore.getState().select([{ kind: 'rule', name: 'r1', loadBalancer: 'public' }]));
    const picker = screen.getByLabelText('Move to load balancer') as HTMLSelectElement;
    expect([...picker.options].map((o) => o.value)).toEqual(['ilb']);
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    expect(lbOf('rules', 'r1')).toBe('ilb');
    expect(useUiStore.getState().selection).toEqual([{ kind: 'rule', name: 'r1', loadBalancer: 'ilb' }]);
    expect(screen.getByText('In load balancer ilb.')).toBeTruthy();
    act(() => undo());
    expect(lbOf('rules', 'r1')).toBe('public');
  });

  it('shows the core’s reason for a refused move and changes nothing', () => {
    render(<Inspector />);
    act(() => useUiStore.getState().select([{ kind: 'probe', name: 'p80', loadBalancer: 'public' }]));
    const before = useTopologyStore.getState().topology;
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    expect(useTopologyStore.getState().topology).toBe(before);
    expect(document.querySelector('.field__problem')?.textContent).toMatch(/^Health probe p80 is used by r1/);
    expect(screen.getByLabelText('Move to load balancer').getAttribute('aria-invalid')).toBe('true');
  });

  it('is not offered with one load balancer', () => {
    useTopologyStore.getState().replace({ ...twoLbs(), loadBalancers: [twoLbs().loadBalancers[0]!] });
    render(<Inspector />);
    act(() => useUiStore.getState().select([{ kind: 'rule', name: 'r1', loadBalancer: 'public' }]));
    expect(screen.queryByLabelText('Move to load balancer')).toBeNull();
  });
});
