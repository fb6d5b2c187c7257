import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Size, XY } from './layout';

/**
 * The thin adapter over React Flow's change events (React Flow 13 replaces them with change sets):
 * everything else in the canvas speaks in these intents, never in React Flow changes.
 */
export interface NodeIntents {
  /** Positions while a drag is in progress: UI state, not history. */
  dragging: Record<string, XY>;
  /** Final positions (drag end, arrow keys): one undo step. */
  moved: Record<string, XY>;
  /** Sizes the browser measured. */
  measured: Map<string, Size>;
  /** The new set of selected node ids, when the selection changed. */
  selected: Set<string> | undefined;
}

/** Sorts React Flow node changes into drag, move, measure and select intents; removals are handled elsewhere. */
export function readNodeChanges(changes: readonly NodeChange[], selected: ReadonlySet<string>): NodeIntents {
  const out: NodeIntents = { dragging: {}, moved: {}, measured: new Map(), selected: undefined };
  for (const c of changes) {
    if (c.type === 'position' && c.position) {
      (c.dragging ? out.dragging : out.moved)[c.id] = { x: c.position.x, y: c.position.y };
    } else if (c.type === 'dimensions' && c.dimensions) {
      out.measured.set(c.id, { width: c.dimensions.width, height: c.dimensions.height });
    } else if (c.type === 'select') {
      out.selected ??= new Set(selected);
      if (c.selected) out.selected.add(c.id);
      else out.selected.delete(c.id);
    }
  }
  return out;
}

/** The selected edge ids after React Flow's edge select changes, or the same set when none. */
export function readEdgeSelection(changes: readonly EdgeChange[], selected: ReadonlySet<string>): ReadonlySet<string> {
  let next: Set<string> | undefined;
  for (const c of changes) {
    if (c.type !== 'select') continue;
    next ??= new Set(selected);
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  return next ?? selected;
}

/** True when two sets hold the same ids. */
export function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
