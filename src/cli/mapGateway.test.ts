import { describe, expect, it } from 'vitest';
import { rule, topology, vm } from '../core/testing/builders';
import { runCli } from './runCli.testing';

// A Gateway load balancer hands flows to its appliances VXLAN-encapsulated (Learn: gateway-overview): the map says so
// instead of the routed-appliance wording, and --json carries the core's `encapsulation`.
const gateway = topology({
  loadBalancer: { name: 'gwlb', sku: 'Gateway', type: 'Internal' },
  frontends: [{ name: 'fe', ip: '10.0.2.4' }],
  backendPools: [{ name: 'pool', members: ['VM1', 'VM2'], frontendIpHolder: 'appliance' }],
  rules: [rule('ha', { frontend: 'fe', protocol: 'All', frontendPort: 0, backendPort: 0, floatingIp: true })],
  vms: [vm('VM1', '10.0.2.10'), vm('VM2', '10.0.2.11')],
});

describe('map of a Gateway load balancer', () => {
  it('says each appliance receives VXLAN on its NIC, with nothing listening on the frontend', () => {
    const r = runCli(['map', 'gw.json'], { 'gw.json': JSON.stringify(gateway) });
    expect(r.out).toMatch(
      /ha\s+fe \(10\.0\.2\.4\)\s+All\s+all ports\s+VM1\s+VXLAN to 10\.0\.2\.10 \(tunnel interfaces\), inner packet unchanged\s+nothing: VXLAN tunnel/,
    );
    expect(r.out).not.toContain('original destination');
  });

  it('--json marks the rows encapsulation vxlan; a Standard appliance pool has no such field', () => {
    const rows = (t: object) =>
      (JSON.parse(runCli(['map', 't.json', '--json'], { 't.json': JSON.stringify(t) }).out) as { rows: object[] }).rows;
    expect(rows(gateway).map((r) => (r as { encapsulation?: string }).encapsulation)).toEqual(['vxlan', 'vxlan']);
    const standard = { ...gateway, loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' } };
    expect(rows(standard).some((r) => 'encapsulation' in r)).toBe(false);
  });
});
