import type { Layout, LbTopology } from '../topology/schema';

/** The element kinds that appear as nodes on the canvas. */
export type NodeKind = 'frontend' | 'rule' | 'natRule' | 'backendPool' | 'vm';
export const NODE_KINDS: readonly NodeKind[] = ['frontend', 'rule', 'natRule', 'backendPool', 'vm'];

/** Where each kind lives in a topology. `inboundNatRules` is optional: read it through `elementsOf`. */
export const COLLECTION = {
  frontend: 'frontends',
  rule: 'rules',
  natRule: 'inboundNatRules',
  backendPool: 'backendPools',
  vm: 'vms',
} as const;

/**
 * A node id: names are unique per kind only, so the kind is part of the id.
 * @example nodeId('frontend', 'FIP1') // 'frontend:FIP1'
 */
export function nodeId(kind: NodeKind, name: string): string {
  return `${kind}:${name}`;
}

/** The kind and name of a node id, or undefined when it is not one. */
export function parseNodeId(id: string): { kind: NodeKind; name: string } | undefined {
  const i = id.indexOf(':');
  const kind = id.slice(0, i) as NodeKind;
  if (i < 0 || !NODE_KINDS.includes(kind)) return undefined;
  return { kind, name: id.slice(i + 1) };
}

/** The names of every element of a kind. */
export function namesOf(t: LbTopology, kind: NodeKind): string[] {
  return elementsOf(t, kind).map((e) => e.name);
}

/**
 * The elements of a kind; a collection the file leaves out (only `inboundNatRules` may be) reads as empty.
 * @example elementsOf({ ...t, inboundNatRules: undefined }, 'natRule') // []
 */
export function elementsOf(t: LbTopology, kind: NodeKind): readonly { name: string }[] {
  return t[COLLECTION[kind]] ?? [];
}

/**
 * A node's stored position. Layout keys are node ids (`frontend:FIP1`); a plain name is accepted too,
 * for hand-written files.
 */
export function positionOf(layout: Layout | undefined, kind: NodeKind, name: string): { x: number; y: number } | undefined {
  return layout?.[nodeId(kind, name)] ?? layout?.[name];
}
