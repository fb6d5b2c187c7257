// The find box's combobox pattern in happy-dom: suggestions, arrow keys, Enter, Escape, and what choosing does.
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rule, topology as build, vm } from '../../core/testing/builders';
import { onRevealSelection } from '../../store/revealSelection';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { FindBox } from './FindBox';
import { asV2 } from './flowInput.testing';

const base = build({
  rules: [rule('web'), rule('api', { frontend: 'FE2', frontendPort: 443, backendPort: 443 })],
  vms: [vm('VM1', '10.0.0.4'), vm('VM2', '10.0.0.5'), vm('VM10', '10.0.0.14')],
  backendPools: [{ name: 'pool', members: ['VM1', 'VM2', 'VM10'] }],
});

let reveals = 0;
let stop: () => void;
beforeEach(() => {
  useTopologyStore.getState().replace(asV2(base));
  useUiStore.getState().select([]);
  reveals = 0;
  stop = onRevealSelection(() => reveals++);
});
afterEach(() => stop());

const box = () => screen.getByRole('combobox', { name: 'Find an element' });
const options = () => screen.queryAllByRole('option').map((o) => o.textContent);

describe('the find box', () => {
  it('suggests matching elements, best first, and chooses one with the arrow keys and Enter', () => {
    render(<FindBox />);
    expect(box().getAttribute('aria-expanded')).toBe('false');
    fireEvent.change(box(), { target: { value: 'vm1' } });
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(options()).toEqual(['VM VM1 10.0.0.4', 'VM VM10 10.0.0.14']);

    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    const active = box().getAttribute('aria-activedescendant');
    expect(document.getElementById(active!)?.textContent).toContain('VM10');
    expect(document.getElementById(active!)?.getAttribute('aria-selected')).toBe('true');

    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(useUiStore.getState().selection).toEqual([{ kind: 'vm', name: 'VM10' }]);
    expect(reveals).toBe(1);
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect((box() as HTMLInputElement).value).toBe('VM10');
  });

  it('finds by address, picks the first with Enter, and says when nothing matches', () => {
    render(<FindBox />);
    fireEvent.change(box(), { target: { value: '203.0.113.2' } });
    expect(options()[0]).toBe('Frontend FE2 203.0.113.2');
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(useUiStore.getState().selection).toEqual([{ kind: 'frontend', name: 'FE2', loadBalancer: 'lb' }]);

    fireEvent.change(box(), { target: { value: 'nothing-like-this' } });
    expect(options()).toEqual([]);
    expect(screen.getByText('Nothing matches “nothing-like-this”.').textContent).toBeTruthy();
  });

  it('closes on the first Escape and clears on the second, selecting nothing', () => {
    render(<FindBox />);
    fireEvent.change(box(), { target: { value: 'web' } });
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect((box() as HTMLInputElement).value).toBe('web');
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect((box() as HTMLInputElement).value).toBe('');
    expect(useUiStore.getState().selection).toEqual([]);
    expect(reveals).toBe(0);
  });

  it('a click on a suggestion chooses it', () => {
    render(<FindBox />);
    fireEvent.change(box(), { target: { value: 'api' } });
    fireEvent.click(screen.getByRole('option', { name: /api/ }));
    expect(useUiStore.getState().selection).toEqual([{ kind: 'rule', name: 'api', loadBalancer: 'lb' }]);
    expect(reveals).toBe(1);
  });
});
