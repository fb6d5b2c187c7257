// The Export tab of a topology with two load balancers, against the real stores and exporters, in happy-dom.
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { topology as build } from '../../core/testing/builders';
import { twoLbs as design } from '../../core/testing/twoLbs';
import { migrateV1 } from '../../core/topology/design';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { ExportPanel } from './ExportPanel';

// The exporters are a lazily loaded chunk: the first test waits for it as long as a loaded machine needs.
const LOADED = { timeout: 20_000 };
const picker = () => screen.getByRole('combobox', { name: 'Load balancer to export' });
const code = async () => (await screen.findByRole('figure')).querySelector('pre')!.textContent ?? '';
const fileName = () => screen.getByRole('figure').querySelector('figcaption')!.textContent;
const lbResources = (text: string) =>
  (JSON.parse(text) as { resources: { type: string; name: unknown }[] }).resources.filter(
    (r) => r.type === 'Microsoft.Network/loadBalancers',
  );

beforeEach(() => {
  // happy-dom lays nothing out: without ResizeObserver the panel counts as shown.
  vi.stubGlobal('ResizeObserver', undefined);
  useTopologyStore.getState().replace(design('Two LBs'));
  useUiStore.setState({ selection: [], focusedLb: undefined, analysisTab: 'export' });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the Export tab with several load balancers', () => {
  it('offers All first, by default, and exports the whole design in one file named after the topology', async () => {
    render(<ExportPanel />);
    expect([...picker().querySelectorAll('option')].map((o) => o.textContent)).toEqual(['All load balancers', 'public', 'ilb']);
    fireEvent.click(screen.getByRole('radio', { name: 'ARM template' }));
    await vi.waitFor(async () => expect(lbResources(await code())).toHaveLength(2), LOADED);
    expect(fileName()).toBe('two-lbs.json');
    const script = async () => {
      fireEvent.click(screen.getByRole('radio', { name: 'Azure CLI' }));
      return code();
    };
    expect(await script()).toContain('# ---- Load balancer ilb ----');
  });

  it('a single load balancer picked exports it alone, named after it; All again brings both back', async () => {
    render(<ExportPanel />);
    fireEvent.click(screen.getByRole('radio', { name: 'ARM template' }));
    await vi.waitFor(async () => expect(lbResources(await code())).toHaveLength(2), LOADED);
    fireEvent.change(picker(), { target: { value: 'ilb' } });
    expect(lbResources(await code())).toHaveLength(1);
    expect(fileName()).toBe('two-lbs-ilb.json');
    fireEvent.change(picker(), { target: { value: '' } });
    expect(lbResources(await code())).toHaveLength(2);
    expect(fileName()).toBe('two-lbs.json');
  });

  it("shows the core's refusal as an export note, with no empty file to copy", async () => {
    render(<ExportPanel />);
    fireEvent.click(screen.getByRole('radio', { name: 'Terraform' }));
    // Terraform of several load balancers may be written or refused by the core; either way nothing empty is offered.
    await vi.waitFor(() => expect(screen.queryByText('Loading the exporters…')).toBeNull(), LOADED);
    const figure = screen.queryByRole('figure');
    if (figure) expect(figure.querySelector('pre')!.textContent).toContain('ilb');
    else {
      expect(screen.getByRole('list', { name: 'Export notes' }).textContent).toContain('ExportSeveralLoadBalancers');
      expect(screen.queryByRole('button', { name: 'Download' })).toBeNull();
    }
  });

  it('shows no picker with one load balancer', async () => {
    useTopologyStore.getState().replace(migrateV1(build({ name: 'One' })));
    render(<ExportPanel />);
    await screen.findByRole('figure', {}, LOADED);
    expect(screen.queryByRole('combobox', { name: 'Load balancer to export' })).toBeNull();
    expect(fileName()).toBe('one.azcli.sh');
  });
});
