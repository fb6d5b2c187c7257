import { Position, type NodeHandle } from '@xyflow/react';
import type { NodeKind } from '../../core/edit/ids';
import type { Size } from './layout';

/**
 * What a node of each kind measures in the browser (px; canvas.css: 210 px wide, handles 11 px square) with a
 * one-line name, English words and no badges: a frontend or pool 80 high, a rule or NAT rule 95 (a second line for
 * its ports and floating IP), a VM 78.
 */
export const PREDICTED_SIZE: Readonly<Record<NodeKind, Size>> = {
  frontend: { width: 210, height: 80 },
  rule: { width: 210, height: 95 },
  natRule: { width: 210, height: 95 },
  backendPool: { width: 210, height: 80 },
  vm: { width: 210, height: 78 },
};

const HANDLE = 11;

/**
 * The handles a node of `kind` draws (NodeShell.tsx: in on the left but for a frontend that no Gateway chain reaches, out on
 * the right but for a VM), where the browser puts them on a node of `size`: centred on its side, halfway down.
 * @example predictedHandles('vm', { width: 210, height: 78 }, false) // [{ type: 'target', x: -5.5, y: 33.5, … }]
 */
export function predictedHandles(kind: NodeKind, size: Size, chainTarget: boolean): NodeHandle[] {
  const y = size.height / 2 - HANDLE / 2;
  const handles: NodeHandle[] = [];
  if (kind !== 'frontend' || chainTarget)
    handles.push({ id: null, type: 'target', position: Position.Left, x: -HANDLE / 2, y, width: HANDLE, height: HANDLE });
  if (kind !== 'vm')
    handles.push({ id: null, type: 'source', position: Position.Right, x: size.width - HANDLE / 2, y, width: HANDLE, height: HANDLE });
  return handles;
}
