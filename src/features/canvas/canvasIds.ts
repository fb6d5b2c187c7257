// The canvas draws every load balancer at once, and names are unique per load balancer only, so a node's id is its
// layout key (core/topology/design.ts): `ilb/frontend:FIP1` for an element of load balancer `ilb`, `vm:VM1` for a
// shared VM. These turn ids into element references (with their load balancer) and back.
import type { ElementRef } from '../../core/diagnostics/diagnostic';
import { NODE_KINDS, nodeId, parseNodeId, type NodeKind } from '../../core/edit/ids';
import { layoutKey } from '../../core/topology/design';

/** An element on the canvas: its kind, name and (except for a VM) its load balancer. */
export interface CanvasRef {
  kind: NodeKind;
  name: string;
  loadBalancer?: string;
}

/**
 * The node id of an element of load balancer `loadBalancer` (ignored for a VM, which all load balancers share).
 * @example canvasId('ilb', 'frontend', 'FIP1') // 'ilb/frontend:FIP1'
 */
export function canvasId(loadBalancer: string | undefined, kind: NodeKind, name: string): string {
  return kind === 'vm' ? nodeId('vm', name) : layoutKey(loadBalancer, nodeId(kind, name));
}

const SCOPED = /^(.*?)\/(frontend|rule|natRule|backendPool):([\s\S]*)$/;

/**
 * The element a node id names, or undefined when it names none. An id without a load balancer (`frontend:FIP1`, as
 * one-load-balancer code writes them) reads as an element of no load balancer in particular.
 * @example parseCanvasId('ilb/rule:ha') // { kind: 'rule', name: 'ha', loadBalancer: 'ilb' }
 */
export function parseCanvasId(id: string): CanvasRef | undefined {
  if (id.startsWith('vm:')) return { kind: 'vm', name: id.slice(3) };
  const m = SCOPED.exec(id);
  if (m) return { kind: m[2] as NodeKind, name: m[3]!, loadBalancer: m[1]! };
  return parseNodeId(id);
}

/** The id of the node a selection ref names; a ref without its load balancer is read as one of `fallback`'s. */
export function idOfRef(ref: ElementRef, fallback: string | undefined): string | undefined {
  if (!(NODE_KINDS as readonly string[]).includes(ref.kind)) return undefined;
  return canvasId(ref.loadBalancer ?? fallback, ref.kind as NodeKind, ref.name);
}

/** The selection ref of a node id (with its load balancer), or undefined for an id that names no element. */
export function refOfId(id: string): ElementRef | undefined {
  const r = parseCanvasId(id);
  if (!r) return undefined;
  return r.loadBalancer === undefined ? { kind: r.kind, name: r.name } : { kind: r.kind, name: r.name, loadBalancer: r.loadBalancer };
}

/** The id of a load balancer's group node (its frame). */
export function groupId(loadBalancer: string): string {
  return `lb:${loadBalancer}`;
}
