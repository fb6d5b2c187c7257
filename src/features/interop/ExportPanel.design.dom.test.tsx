// The Export tab's report and diagrams with All load balancers chosen, against the real stores and the core.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { twoLbs as design } from '../../core/testing/twoLbs';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { ExportPanel } from './ExportPanel';

const downloads = vi.hoisted(() => [] as { name: string; text: string }[]);
vi.mock('../../lib/download', () => ({
  downloadText: (name: string, text: string) => downloads.push({ name, text }),
  saveBlob: () => undefined,
}));

const picker = () => screen.getByRole('combobox', { name: 'Load balancer to export' });
const diagram = () => screen.getByRole('region', { name: 'Diagram' }).querySelector('pre')?.textContent ?? '';

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', undefined);
  downloads.length = 0;
  useTopologyStore.getState().replace(design('Two LBs'));
  useUiStore.setState({ selection: [], focusedLb: undefined, analysisTab: 'export' });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the Export tab’s report and diagrams with several load balancers', () => {
  it('with All, the Mermaid flowchart has a group per load balancer; one picked, only its elements', () => {
    render(<ExportPanel />);
    expect(screen.getByText(/^All load balancers: the report gives each its own section/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mermaid flowchart' }));
    expect(diagram()).toContain('subgraph lb_1["public (Standard, Public, Regional)"]');
    expect(diagram()).toContain('subgraph lb_2["ilb (Standard, Internal, Regional)"]');
    fireEvent.change(picker(), { target: { value: 'ilb' } });
    expect(diagram()).not.toContain('subgraph');
    expect(diagram()).toContain('Rule web');
    expect(diagram()).not.toContain('Rule r1');
    expect(screen.queryByText(/^All load balancers: the report/)).toBeNull();
  });

  it('with All, the HTML report has a section for each load balancer; one picked, that one alone', async () => {
    render(<ExportPanel />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Report (HTML)' })));
    await vi.waitFor(() => expect(downloads).toHaveLength(1), { timeout: 20_000 });
    expect(downloads[0]!.name).toBe('two-lbs-report.html');
    expect(downloads[0]!.text).toContain('<h2>Load balancer public</h2>');
    expect(downloads[0]!.text).toContain('<h2>Load balancer ilb</h2>');
    expect(downloads[0]!.text).toContain('<h2>Across load balancers</h2>');
    fireEvent.change(picker(), { target: { value: 'ilb' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Report (HTML)' })));
    await vi.waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1]!.text).not.toContain('Across load balancers');
    expect(downloads[1]!.text).toContain('<tr><td>Name</td><td>ilb</td></tr>');
  });
});
