import { describe, expect, it } from 'vitest';
import { topology, vm } from '../testing/builders';
import type { LbTopology } from '../topology/schema';
import { exportTopology } from './export';
import { EXPORT_FORMATS } from './types';

const marker = { field: 'ip', reason: 'unresolved', source: "[parameters('sqlLBIPAddress')]" } as const;
// An internal load balancer whose first frontend address and VM1's NIC address are placeholders.
const marked: LbTopology = topology({
  loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' },
  frontends: [
    { name: '<sqlLBFE>', ip: '198.51.100.10', placeholders: [marker] },
    { name: 'FE2', ip: '10.0.1.11' },
  ],
  vms: [
    vm('VM1', '192.0.2.10', { placeholders: [{ field: 'nic.ip', reason: 'allocatedByAzure', source: 'nic1' }] }),
    vm('VM2', '10.0.0.5'),
  ],
});

describe('exports ask for placeholder addresses instead of writing them', () => {
  it.each(EXPORT_FORMATS)('%s: no placeholder frontend address as a literal, and a note', (format) => {
    const r = exportTopology(marked, format);
    const configLines = r.text.split('\n').filter((l) => /private_ip_address\s*=|privateIPAddress|--private-ip-address/.test(l));
    expect(configLines.join('\n')).not.toContain('198.51.100.10');
    expect(configLines.join('\n')).toContain('10.0.1.11');
    expect(r.notes.find((n) => n.code === 'ExportPlaceholderInput')?.message).toContain('frontendIp__sqlLBFE_ (ARM, Bicep)');
  });

  it('ARM: a required parameter without default', () => {
    const t = JSON.parse(exportTopology(marked, 'arm').text);
    expect(t.parameters.frontendIp__sqlLBFE_).toEqual({
      type: 'string',
      metadata: { description: expect.stringContaining('placeholder') },
    });
    expect(t.resources[0].properties.frontendIPConfigurations[0].properties.privateIPAddress).toBe("[parameters('frontendIp__sqlLBFE_')]");
    expect(JSON.stringify(t.metadata.floatplanFrontendAddresses ?? {})).not.toContain('198.51.100.10');
  });

  it('Bicep: a param without default', () => {
    const text = exportTopology(marked, 'bicep').text;
    expect(text).toMatch(/^param frontendIp__sqlLBFE_ string$/m);
    expect(text).toContain('privateIPAddress: frontendIp__sqlLBFE_');
  });

  it('Terraform: variables without default for the frontend and the VM NIC', () => {
    const text = exportTopology(marked, 'terraform').text;
    expect(text).toMatch(/variable "frontend_ip__sqlLBFE_" \{\n {2}type {8}= string\n {2}description = "[^"]*"\n\}/);
    expect(text).toContain('private_ip_address            = var.frontend_ip__sqlLBFE_');
    expect(text).toContain('var.vm_ip_VM1_1');
    expect(text).not.toMatch(/private_ip_address\s+= "192\.0\.2\.10"/);
  });

  it('Azure CLI: the variable is checked before any az command', () => {
    const text = exportTopology(marked, 'azcli').text;
    const check = text.indexOf(': "${FRONTEND_IP__sqlLBFE_:?');
    expect(check).toBeGreaterThan(0);
    expect(check).toBeLessThan(text.indexOf('\naz network'));
    expect(text).toContain('--private-ip-address "$FRONTEND_IP__sqlLBFE_"');
  });

  it('writes a plan without placeholders exactly as before', () => {
    const plain = topology({ loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' } });
    for (const format of EXPORT_FORMATS)
      expect(exportTopology(plain, format).notes.some((n) => n.code === 'ExportPlaceholderInput')).toBe(false);
  });
});
