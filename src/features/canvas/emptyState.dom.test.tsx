// The empty canvas's slot: the shell's card shows while the topology has no elements, and the minimap does not.
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addElement } from '../../core/edit/elements';
import { inLb } from '../../core/topology/design';
import { DEFAULT_TOPOLOGY, EMPTY_TOPOLOGY } from '../../store/defaultTopology';
import { clearHistory, useTopologyStore } from '../../store/topologyStore';
import { Canvas } from './Canvas';

const card = <p>Start from an example</p>;

beforeEach(() => {
  useTopologyStore.getState().replace(EMPTY_TOPOLOGY);
  clearHistory();
});

describe('Canvas emptyState', () => {
  it('shows the card and no minimap while the topology is empty, and neither once it has an element', () => {
    const { container } = render(<Canvas emptyState={card} />);
    expect(screen.getByText('Start from an example')).toBeTruthy();
    expect(container.querySelector('.react-flow__minimap')).toBeNull();

    act(() => useTopologyStore.getState().apply(inLb(0, (t) => addElement(t, 'vm'))));
    expect(screen.queryByText('Start from an example')).toBeNull();
    expect(container.querySelector('.react-flow__minimap')).not.toBeNull();
  });

  it('shows nothing over a topology with elements', () => {
    useTopologyStore.getState().replace(DEFAULT_TOPOLOGY);
    render(<Canvas emptyState={card} />);
    expect(screen.queryByText('Start from an example')).toBeNull();
  });
});
