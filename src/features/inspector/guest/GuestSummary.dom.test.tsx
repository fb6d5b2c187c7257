// The inspector's VM answer against the real stores, in happy-dom: the facts of core/guest and the Get script command.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { rule, topology as build } from '../../../core/testing/builders';
import { inLb, migrateV1 } from '../../../core/topology/design';
import { useTopologyStore } from '../../../store/topologyStore';
import { useUiStore } from '../../../store/uiStore';
import { GuestSummary } from './GuestSummary';

// Two floating rules on FE1 and FE2 to one pool of VM1 and VM2 (Ubuntu), probe p80.
const base = migrateV1(
  build({
    rules: [rule('web', { floatingIp: true }), rule('api', { frontend: 'FE2', frontendPort: 443, backendPort: 443, floatingIp: true })],
  }),
);

beforeEach(() => {
  useTopologyStore.getState().replace(base);
  useUiStore.setState({ selection: [{ kind: 'vm', name: 'VM1' }], scriptVm: 'VM2', analysisTab: 'mapping' });
});

describe('GuestSummary', () => {
  it('lists what VM1 holds, listens on and answers, and its script', () => {
    render(<GuestSummary vm="VM1" />);
    const section = screen.getByRole('region', { name: 'What VM1 needs in its guest OS' });
    const text = section.textContent ?? '';
    expect(text).toContain('203.0.113.1 on a loopback (lo) · web');
    expect(text).toContain('203.0.113.2 on a loopback (lo) · api');
    expect(text).toContain('203.0.113.2:443 on the loopback · TCP · api');
    expect(text).toContain('10.0.0.4:80 answers probe p80 · Tcp');
    expect(text).toContain('ubuntu (VM1.ubuntu.sh)');
  });

  it('Get script picks the VM in the Scripts tab and opens it, over an earlier pick', () => {
    render(<GuestSummary vm="VM1" />);
    const section = screen.getByRole('region', { name: 'What VM1 needs in its guest OS' });
    fireEvent.click(within(section).getByRole('button', { name: 'Get script' }));
    expect(useUiStore.getState().scriptVm).toBe('VM1');
    expect(useUiStore.getState().analysisTab).toBe('scripts');
  });

  it('follows an edit: turning floating IP off empties the loopback and says why', () => {
    render(<GuestSummary vm="VM1" />);
    act(() =>
      useTopologyStore.getState().replace(inLb(0, (v) => ({ ...v, rules: v.rules.map((r) => ({ ...r, floatingIp: false })) }))(base)),
    );
    expect(screen.getByText('Nothing to add: floating IP is off, so packets arrive at its NIC address 10.0.0.4.')).toBeTruthy();
  });
});
