import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFileText } from './jsonSchema';

describe('schema/topology.v1.schema.json', () => {
  it("matches the loader's schema (run npm run schema after changing src/core/topology/schema.ts)", () => {
    expect(readFileSync('schema/topology.v1.schema.json', 'utf8')).toBe(schemaFileText());
  });
  it('describes the essentials of the format', () => {
    const s = JSON.parse(schemaFileText());
    expect(s.required).toEqual(expect.arrayContaining(['version', 'name', 'loadBalancer', 'frontends', 'backendPools', 'rules', 'vms']));
    expect(s.properties.version).toEqual({ const: 1 });
    expect(s.properties.rules.items.required).toEqual(expect.arrayContaining(['frontendPort', 'backendPort', 'floatingIp']));
  });
});
