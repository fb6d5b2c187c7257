/** How a collision finder sees one item: where it is received, on which port, and what kind of item it is. */
export interface CollisionShape<T> {
  /**
   * The lane or lanes the item is received in (for example one per transport); only items of one lane can collide.
   * One lane may be returned bare, so the common case allocates nothing per item.
   */
  lanes: (item: T) => string | number | readonly (string | number)[];
  /** The item's port in its lane; 0 overlaps every port. */
  port: (item: T) => number;
  /** A small number classing the item (for example floating IP and HA ports), for `collides`. */
  kind: (item: T) => number;
  /** Whether items of two kinds collide when their ports overlap (the same rule never collides with itself). */
  collides: (a: number, b: number) => boolean;
  /** The rule an item belongs to: two items of one owner never collide. */
  owner: (item: T) => unknown;
}

interface Node<T> {
  port: number;
  kind: number;
  items: T[];
}

/**
 * The colliding sets of `items`: within each lane, the connected groups of the collision graph (two items
 * collide when their ports overlap and their kinds collide), each with at least one collision. Every item
 * of a set collides with at least one other item of it. Items of one lane, port and kind form one node (a
 * clique when the kind collides with itself), so the work is linear in the items plus ports × kinds, never
 * in the pairs: n rules on one port are one set, found in O(n).
 * @example collisionSets(rules, { lanes: r => [r.frontend], port: r => r.frontendPort, kind: () => 0, collides: () => true, owner: r => r })
 */
export function collisionSets<T>(items: Iterable<T>, shape: CollisionShape<T>): T[][] {
  const lanes = new Map<string | number, T[]>();
  const put = (lane: string | number, item: T) => {
    const list = lanes.get(lane);
    if (list) list.push(item);
    else lanes.set(lane, [item]);
  };
  for (const item of items) {
    const itemLanes = shape.lanes(item);
    if (typeof itemLanes === 'object') for (const lane of itemLanes) put(lane, item);
    else put(itemLanes, item);
  }
  const sets: T[][] = [];
  for (const list of lanes.values()) if (list.length > 1) laneSets(list, shape, sets);
  return sets;
}

function laneSets<T>(list: readonly T[], shape: CollisionShape<T>, out: T[][]): void {
  // Nodes by (port, kind); an owner seen twice in a lane (a pool naming an ipconfig twice) counts once.
  const nodes: Node<T>[] = [];
  const byCell = new Map<number, Map<number, number>>();
  const owners = new Set<unknown>();
  for (const item of list) {
    const owner = shape.owner(item);
    if (owners.has(owner)) continue;
    owners.add(owner);
    const port = shape.port(item);
    const kind = shape.kind(item);
    let cell = byCell.get(port);
    if (!cell) byCell.set(port, (cell = new Map()));
    const n = cell.get(kind);
    if (n === undefined) {
      cell.set(kind, nodes.length);
      nodes.push({ port, kind, items: [item] });
    } else nodes[n]!.items.push(item);
  }
  if (owners.size < 2) return;

  const parent = nodes.map((_, i) => i);
  const colliding = nodes.map((n) => n.items.length > 1 && shape.collides(n.kind, n.kind));
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number) => {
    if (!shape.collides(nodes[a]!.kind, nodes[b]!.kind)) return;
    const root = find(a);
    parent[find(b)] = root;
    colliding[root] = true;
  };
  // Kinds sharing a port collide with each other; a wildcard (port 0) node collides with every node.
  const wildcard = [...(byCell.get(0)?.values() ?? [])];
  for (const cell of byCell.values()) {
    const ids = [...cell.values()];
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) join(ids[i]!, ids[j]!);
  }
  for (const w of wildcard) {
    for (const [port, cell] of byCell) if (port !== 0) for (const id of cell.values()) join(w, id);
  }

  const groups = new Map<number, T[]>();
  nodes.forEach((node, i) => {
    const root = find(i);
    if (!colliding[root]) return;
    let group = groups.get(root);
    if (!group) groups.set(root, (group = []));
    for (const item of node.items) group.push(item);
  });
  for (const group of groups.values()) out.push(group);
}

/**
 * Each set once, its members sorted by `order`: an `All` rule is in the Tcp and the Udp lane, and a set of rules
 * meets again on every ipconfig of their pool, so one set can be found many times.
 */
export function distinctSets<T>(sets: readonly T[][], order: (a: T, b: T) => number, id: (item: T) => number): T[][] {
  const byMembers = new Map<string, T[]>();
  for (const set of sets) {
    const members = [...new Set(set)].sort(order);
    const key = members
      .map(id)
      .sort((a, b) => a - b)
      .join(',');
    if (!byMembers.has(key)) byMembers.set(key, members);
  }
  return [...byMembers.values()];
}
