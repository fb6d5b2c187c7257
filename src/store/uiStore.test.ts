import { beforeEach, describe, expect, it, vi } from 'vitest';
import { shownHighlight, shownHighlightTone, useUiStore } from './uiStore';

const ui = () => useUiStore.getState();

beforeEach(() => {
  useUiStore.setState({
    notices: [],
    analysisTab: 'mapping',
    highlights: { trace: [], lesson: [] },
    highlightTone: { trace: 'normal', lesson: 'normal' },
  });
});

describe('notices', () => {
  it('runs onDismiss exactly once, after the notice has left the list', () => {
    const seen: string[][] = [];
    const onDismiss = vi.fn(() => seen.push(ui().notices.map((n) => n.id)));
    ui().notify({ id: 'a', tone: 'info', text: 'A', onDismiss });
    ui().notify({ id: 'b', tone: 'info', text: 'B' });
    ui().dismiss('a');
    ui().dismiss('a'); // the action button's own dismiss after a command already closed it
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([['b']]);
  });

  it('does not run onDismiss when a newer notice with the same id replaces it; the newer one’s runs on close', () => {
    const older = vi.fn();
    const newer = vi.fn();
    ui().notify({ id: 'same', tone: 'info', text: 'first', onDismiss: older });
    ui().notify({ id: 'same', tone: 'info', text: 'second', onDismiss: newer });
    expect(ui().notices.map((n) => n.text)).toEqual(['second']);
    ui().dismiss('same');
    expect(older).not.toHaveBeenCalled();
    expect(newer).toHaveBeenCalledTimes(1);
  });

  it('lets onDismiss put up a new notice with the same id, which stays', () => {
    ui().notify({ id: 'x', tone: 'error', text: 'failed', onDismiss: () => ui().notify({ id: 'x', tone: 'info', text: 'again' }) });
    ui().dismiss('x');
    expect(ui().notices.map((n) => n.text)).toEqual(['again']);
  });
});

describe('openTab', () => {
  it('opens the tab asked for, once per request: a later click elsewhere wins until the next request', () => {
    ui().openTab('trace');
    expect(ui().analysisTab).toBe('trace');
    ui().openTab('mapping'); // the user's click
    expect(ui().analysisTab).toBe('mapping');
    ui().openTab('trace'); // the same request again opens it again
    expect(ui().analysisTab).toBe('trace');
  });
});

describe('highlights', () => {
  it('keeps each owner’s wires apart: clearing the trace’s leaves the lesson’s on the canvas', () => {
    ui().highlightWires('lesson', ['a->b']);
    ui().highlightWires('trace', ['c->d']);
    expect(shownHighlight(ui())).toEqual(['c->d']);
    ui().highlightWires('trace', []);
    expect(shownHighlight(ui())).toEqual(['a->b']);
    ui().highlightWires('lesson', []);
    expect(shownHighlight(ui())).toEqual([]);
  });

  it('keeps the same array for an equal list, so the canvas does not rebuild its edges', () => {
    ui().highlightWires('trace', ['a->b']);
    const before = shownHighlight(ui());
    ui().highlightWires('trace', ['a->b']);
    expect(shownHighlight(ui())).toBe(before);
  });

  it('carries a tone per owner: a failing trace hop, the lesson normal, and clearing resets it', () => {
    ui().highlightWires('lesson', ['a->b']);
    ui().highlightWires('trace', ['c->d'], 'failing');
    expect(shownHighlightTone(ui())).toBe('failing');
    const wires = shownHighlight(ui());
    // The same wires in another tone keep their array; only the tone changes.
    ui().highlightWires('trace', ['c->d']);
    expect(shownHighlightTone(ui())).toBe('normal');
    expect(shownHighlight(ui())).toBe(wires);
    ui().highlightWires('trace', ['c->d'], 'failing');
    ui().highlightWires('trace', []);
    expect(ui().highlightTone.trace).toBe('normal');
    expect(shownHighlightTone(ui())).toBe('normal');
  });
});

describe('the Scripts tab VM', () => {
  beforeEach(() => useUiStore.setState({ selection: [], scriptVm: undefined }));

  it('follows the selection of a VM, and only of a VM', () => {
    ui().select([{ kind: 'vm', name: 'VM2' }]);
    expect(ui().scriptVm).toBe('VM2');
    ui().select([{ kind: 'rule', name: 'rule1' }]);
    expect(ui().scriptVm).toBe('VM2');
    ui().select([]);
    expect(ui().scriptVm).toBe('VM2');
  });

  it('keeps a pick until another VM is selected', () => {
    ui().select([{ kind: 'vm', name: 'VM1' }]);
    ui().chooseScriptVm('VM2');
    expect(ui().scriptVm).toBe('VM2');
    ui().select([{ kind: 'vm', name: 'VM3' }]);
    expect(ui().scriptVm).toBe('VM3');
  });

  it('openScript picks the VM and opens the Scripts tab, whatever was picked before', () => {
    ui().select([{ kind: 'vm', name: 'VM1' }]);
    ui().chooseScriptVm('VM2');
    ui().openScript('VM1');
    expect(ui().scriptVm).toBe('VM1');
    expect(ui().analysisTab).toBe('scripts');
    expect(ui().selection).toEqual([{ kind: 'vm', name: 'VM1' }]);
  });
});
