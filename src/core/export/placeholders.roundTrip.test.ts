import { describe, expect, it } from 'vitest';
import { importDefinition } from '../import/importDefinition';
import { topology, vm } from '../testing/builders';
import { exportTopology } from './export';
import { lbView } from '../topology/design';

// Export → import keeps a placeholder a placeholder: the required input comes back unresolved, and marked.
const marked = topology({
  loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' },
  frontends: [
    { name: 'fe', ip: '198.51.100.10', placeholders: [{ field: 'ip', reason: 'unresolved', source: 'x' }] },
    { name: 'FE2', ip: '10.0.0.9' },
  ],
  vms: [vm('VM1', '192.0.2.10', { placeholders: [{ field: 'nic.ip', reason: 'allocatedByAzure', source: 'n' }] }), vm('VM2', '10.0.0.5')],
});

describe('placeholders through export and import again', () => {
  it.each([
    ['arm', "[parameters('frontendIp_fe')]"],
    ['bicep', 'frontendIp_fe'],
    ['terraform', 'var.frontend_ip_fe'],
  ] as const)('%s: the frontend address comes back marked, sourced from its input', async (format, source) => {
    const r = await importDefinition(exportTopology(marked, format).text);
    if (!r.ok) throw new Error('import failed');
    expect(lbView(r.topology).frontends[0]!.placeholders).toContainEqual({ field: 'ip', reason: 'unresolved', source });
    expect(lbView(r.topology).frontends[1]!.placeholders).toBeUndefined();
    expect(r.topology.vms.find((v) => v.name === 'VM1')!.placeholders?.map((p) => p.field)).toEqual(['nic.ip']);
  });
});
