import { describe, expect, it } from 'vitest';
import { loadTopology } from './load';
import { MAX_PLACEHOLDER_SOURCE } from './limits';
import { migrateV1 } from './design';
import type { LbTopology } from './schema';

const marked: LbTopology = {
  version: 1,
  name: 'sql',
  loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' },
  frontends: [
    {
      name: '<sqlLBFE>',
      ip: '198.51.100.10',
      placeholders: [
        { field: 'name', reason: 'unresolved', source: "[parameters('sqlLBFE')]" },
        { field: 'ip', reason: 'allocatedByAzure', source: 'resources[0].properties.frontendIPConfigurations[0].properties' },
      ],
    },
  ],
  backendPools: [{ name: 'pool', members: ['vm1'] }],
  probes: [
    { name: 'p', protocol: 'Tcp', port: 0, placeholders: [{ field: 'port', reason: 'unresolved', source: "[parameters('port')]" }] },
  ],
  rules: [],
  vms: [
    {
      name: 'vm1',
      os: 'windows',
      nic: { name: 'Ethernet', ip: '192.0.2.10', secondaryIps: ['192.0.2.11'] },
      placeholders: [
        { field: 'nic.ip', reason: 'allocatedByAzure', source: 'nic1' },
        { field: 'nic.secondaryIps.0', reason: 'missing', source: 'nic1' },
      ],
    },
  ],
};

describe('placeholder markers in the topology format', () => {
  it('loads a marked v2 topology and writes it back byte for byte', () => {
    const text = JSON.stringify(migrateV1(marked), null, 2);
    const loaded = loadTopology(text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.topology.loadBalancers[0]!.frontends[0]!.placeholders).toEqual(marked.frontends[0]!.placeholders);
    expect(JSON.stringify(loaded.topology, null, 2)).toBe(text);
  });

  it('keeps every marker of a v1 topology through the migration', () => {
    const loaded = loadTopology(JSON.stringify(marked));
    expect(loaded.ok && loaded.topology).toEqual(migrateV1(marked));
  });

  it('adds no marker to a file that has none', () => {
    const plain = migrateV1({ ...marked, frontends: [{ name: 'fe', ip: '10.0.0.4' }], probes: [], vms: [] });
    const loaded = loadTopology(JSON.stringify(plain));
    expect(loaded.ok && JSON.stringify(loaded.topology)).toBe(JSON.stringify(plain));
  });

  it('refuses an unknown reason with the expected values', () => {
    const bad = { ...marked, frontends: [{ name: 'fe', ip: '10.0.0.4', placeholders: [{ field: 'ip', reason: 'guess', source: '' }] }] };
    const loaded = loadTopology(bad);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors[0]!.path).toContain('frontends[0].placeholders[0].reason');
    expect(JSON.stringify(loaded.errors[0]!.text)).toContain('load.expected.placeholderReason');
  });

  it('refuses a source longer than the cap', () => {
    const long = 'x'.repeat(MAX_PLACEHOLDER_SOURCE + 1);
    const bad = {
      ...marked,
      frontends: [{ name: 'fe', ip: '10.0.0.4', placeholders: [{ field: 'ip', reason: 'missing', source: long }] }],
    };
    const loaded = loadTopology(bad);
    expect(loaded.ok).toBe(false);
  });
});
