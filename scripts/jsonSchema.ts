import { toJsonSchema } from '@valibot/to-json-schema';
import { LbTopologySchema, TopologySchema } from '../src/core/topology/schema';

type Node = Record<string, unknown> & { properties?: Record<string, Node>; items?: Node };

const FRONTEND_REF = 'A frontend of another load balancer of the same topology, by the names of both (names are unique per load balancer).';

// The fields format v2 added, described where they appear (docs/topology-format.md says more, with the sources).
const DESCRIPTIONS: readonly [path: readonly string[], description: string][] = [
  [
    ['loadBalancers'],
    'The load balancers, at least one; each has its own frontends, backend pools, probes and rules, and they share `vms`.',
  ],
  [['loadBalancers', '*', 'name'], 'Unique in the topology; other load balancers name it in their references, and layout keys carry it.'],
  [
    ['loadBalancers', '*', 'tier'],
    'Regional (the default) or Global: a cross-region load balancer, public and Standard, whose pool holds regional frontends (Learn: cross-region-overview).',
  ],
  [
    ['loadBalancers', '*', 'frontends', '*', 'gatewayLoadBalancer'],
    `A public frontend chained to a Gateway load balancer (Learn: gateway-overview). ${FRONTEND_REF}`,
  ],
  [
    ['loadBalancers', '*', 'backendPools', '*', 'regionalFrontends'],
    `A Global load balancer's pool: the regional load balancers' frontends it spreads over; such a pool has no VM members. ${FRONTEND_REF}`,
  ],
  [
    ['vms', '*', 'nic', 'gatewayLoadBalancer'],
    `The NIC's primary IP configuration chained to a Gateway load balancer (Learn: gateway-overview). ${FRONTEND_REF}`,
  ],
  [
    ['layout'],
    'Canvas positions by node id: a load balancer element under `<load balancer>/<kind>:<name>` (`ilb/frontend:FIP1`), a VM under `vm:<name>`.',
  ],
];

function describeAt(schema: Node, path: readonly string[], description: string): void {
  let node: Node | undefined = schema;
  for (const step of path) node = step === '*' ? node?.items : node?.properties?.[step];
  if (!node) throw new Error(`no ${path.join('.')} in the topology schema`);
  node.description = description;
}

/** The topology format (version 2, what Floatplan saves) as a JSON Schema (draft-07), derived from the loader's valibot schema. */
export function topologyJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(TopologySchema, { errorMode: 'ignore' }) as Node;
  for (const [path, description] of DESCRIPTIONS) describeAt(schema, path, description);
  return {
    $id: 'https://floatplan.invalid/schema/topology.v2.schema.json',
    title: 'Floatplan topology, version 2',
    description:
      'Azure load balancers with their frontends, backend pools, probes, load-balancing rules and inbound NAT rules, ' +
      'sharing one list of VMs. Floatplan also reads version 1 files (schema/topology.v1.schema.json) and migrates them. ' +
      'Addresses, ports, protocols and references are checked by Floatplan validation, not by this schema.',
    ...schema,
  };
}

/** The version 1 format (one load balancer), which Floatplan still reads, as a JSON Schema (draft-07). */
export function topologyV1JsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(LbTopologySchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    $id: 'https://floatplan.invalid/schema/topology.v1.schema.json',
    title: 'Floatplan topology, version 1',
    description:
      'One Azure load balancer with its frontends, backend pools, probes, load-balancing rules and VMs: the format ' +
      'before version 2, read and migrated by Floatplan. ' +
      'Addresses, ports, protocols and references are checked by Floatplan validation, not by this schema.',
    ...schema,
  };
}

/** Every committed schema file (path from the repository root) with its text for the current schema. */
export function schemaFiles(): { path: string; text: string }[] {
  return [
    { path: 'schema/topology.v2.schema.json', text: `${JSON.stringify(topologyJsonSchema(), null, 2)}\n` },
    { path: 'schema/topology.v1.schema.json', text: `${JSON.stringify(topologyV1JsonSchema(), null, 2)}\n` },
  ];
}
