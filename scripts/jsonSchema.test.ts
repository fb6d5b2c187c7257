import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFiles, topologyJsonSchema, topologyV1JsonSchema } from './jsonSchema';

describe('schema/topology.v2.schema.json and topology.v1.schema.json', () => {
  it.each(schemaFiles())(
    "$path matches the loader's schema (run npm run schema after changing src/core/topology/schema.ts)",
    ({ path, text }) => {
      expect(readFileSync(path, 'utf8')).toBe(text);
    },
  );

  it('describes the essentials of format v2, with every field it added', () => {
    const s = JSON.parse(JSON.stringify(topologyJsonSchema()));
    expect(s.required).toEqual(expect.arrayContaining(['version', 'name', 'loadBalancers', 'vms']));
    expect(s.properties.version).toEqual({ const: 2 });
    expect(s.properties.loadBalancers.minItems).toBe(1);
    const lb = s.properties.loadBalancers.items;
    expect(lb.required).toEqual(expect.arrayContaining(['name', 'sku', 'type', 'frontends', 'backendPools', 'rules']));
    expect(lb.properties.tier).toMatchObject({
      enum: ['Regional', 'Global'],
      description: expect.stringContaining('cross-region-overview'),
    });
    const ref = { type: 'object', required: ['loadBalancer', 'frontend'], additionalProperties: false };
    expect(lb.properties.frontends.items.properties.gatewayLoadBalancer).toMatchObject({
      ...ref,
      description: expect.stringContaining('gateway-overview'),
    });
    expect(lb.properties.backendPools.items.properties.regionalFrontends.items).toMatchObject(ref);
    expect(s.properties.vms.items.properties.nic.properties.gatewayLoadBalancer).toMatchObject({
      ...ref,
      description: expect.stringContaining('gateway-overview'),
    });
    expect(lb.properties.rules.items.required).toEqual(expect.arrayContaining(['frontendPort', 'backendPort', 'floatingIp']));
    expect(s.properties.layout.description).toContain('ilb/frontend:FIP1');
  });

  it('keeps the version 1 format it still reads', () => {
    const s = JSON.parse(JSON.stringify(topologyV1JsonSchema()));
    expect(s.required).toEqual(expect.arrayContaining(['version', 'name', 'loadBalancer', 'frontends', 'backendPools', 'rules', 'vms']));
    expect(s.properties.version).toEqual({ const: 1 });
  });
});
