import { toJsonSchema } from '@valibot/to-json-schema';
import { LbTopologySchema } from '../src/core/topology/schema';

/** The v1 topology format as a JSON Schema (draft-07), derived from the loader's own valibot schema. */
export function topologyJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(LbTopologySchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    $id: 'https://floatplan.invalid/schema/topology.v1.schema.json',
    title: 'Floatplan topology, version 1',
    description:
      'One Azure load balancer with its frontends, backend pools, probes, load-balancing rules and VMs. ' +
      'Addresses, ports, protocols and references are checked by Floatplan validation, not by this schema.',
    ...schema,
  };
}

/** The committed file's text for the current schema. */
export function schemaFileText(): string {
  return `${JSON.stringify(topologyJsonSchema(), null, 2)}\n`;
}
