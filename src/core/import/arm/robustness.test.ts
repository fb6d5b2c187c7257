// Any JSON in a load balancer's places imports or fails with a message: never a crash, never a topology
// that does not load.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTopology } from '../../topology/load';
import { importArm } from './importArm';
import { errorOf } from '../text';

const anything = fc.jsonValue({ maxDepth: 3 });
const element = fc.oneof(
  anything,
  fc.record({
    name: anything,
    properties: fc.dictionary(
      fc.constantFrom(
        'protocol',
        'frontendPort',
        'backendPort',
        'enableFloatingIP',
        'port',
        'privateIPAddress',
        'publicIPAddress',
        'frontendIPConfiguration',
        'backendAddressPool',
        'backendAddressPools',
        'probe',
        'loadBalancerBackendAddresses',
        'backendIPConfigurations',
        'intervalInSeconds',
        'numberOfProbes',
        'requestPath',
      ),
      anything,
    ),
  }),
);
const lbArb = fc.record(
  {
    type: fc.constant('Microsoft.Network/loadBalancers'),
    name: anything,
    sku: anything,
    properties: fc.record(
      {
        frontendIPConfigurations: fc.oneof(anything, fc.array(element, { maxLength: 3 })),
        backendAddressPools: fc.oneof(anything, fc.array(element, { maxLength: 3 })),
        probes: fc.oneof(anything, fc.array(element, { maxLength: 3 })),
        loadBalancingRules: fc.oneof(anything, fc.array(element, { maxLength: 3 })),
        inboundNatRules: fc.oneof(anything, fc.array(element, { maxLength: 2 })),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['type'] },
);

describe('importArm on arbitrary input', () => {
  it('never throws, and a topology it returns always loads', async () => {
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(lbArb, fc.record({ resources: fc.array(lbArb, { maxLength: 2 }) }), anything), async (value) => {
        const r = await importArm(JSON.stringify(value));
        if (r.ok) imported++;
        if (r.ok) expect(loadTopology(r.topology).ok).toBe(true);
        else expect(errorOf(r)).toMatch(/\S/);
      }),
      { numRuns: 300 },
    );
    expect(imported).toBeGreaterThan(50); // the generator reaches the importer's inner paths, not only its refusals
  }, 120_000);
});
