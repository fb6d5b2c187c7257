// Golden tests. The page's example (frontend 1.2.3.4, TCP 80) in doc-exact mode must give the Learn page's
// exact commands (reference §1.2); the full scripts of a preset are pinned in __golden__/ for review.
import { describe, expect, it } from 'vitest';
import { preset } from '../testing/presets';
import type { LbTopology } from '../topology/schema';
import { generateScript } from './generate';
import { nvaPool, sapCluster, sqlCluster } from './modes.testing';
import { FLAVORS, type ScriptOptions } from './types';

/** Copied verbatim from the page's Windows example. */
const PAGE_WINDOWS = [
  'netsh int ipv4 set int "Ethernet" weakhostreceive=enabled',
  'netsh int ipv4 add addr "Loopback Pseudo-Interface 1" 1.2.3.4 255.255.255.0',
  'netsh int ipv4 set int "Loopback Pseudo-Interface 1" weakhostreceive=enabled weakhostsend=enabled',
  'netsh advfirewall firewall add rule name="http" protocol=TCP localport=80 dir=in action=allow enable=yes',
];
/** Copied verbatim from the page's Ubuntu example. */
const PAGE_UBUNTU = ['sudo ip addr add 1.2.3.4/24 dev lo:0', 'sudo ufw allow 80/tcp'];

const pageExample: LbTopology = {
  version: 1,
  name: 'Learn page example',
  loadBalancer: { name: 'lb', sku: 'Standard', type: 'Public' },
  frontends: [{ name: 'fe', ip: '1.2.3.4' }],
  backendPools: [{ name: 'pool', members: ['win', 'ubu'] }],
  probes: [],
  rules: [{ name: 'http', frontend: 'fe', backendPool: 'pool', protocol: 'Tcp', frontendPort: 80, backendPort: 80, floatingIp: true }],
  vms: [
    { name: 'win', os: 'windows', nic: { name: 'Ethernet', ip: '10.0.0.4' } },
    { name: 'ubu', os: 'ubuntu', nic: { name: 'eth0', ip: '10.0.0.5' } },
  ],
};

const commands = (text: string, comment: RegExp) => text.split(/\r?\n/).filter((l) => l !== '' && !comment.test(l));

describe("doc-exact reproduces the Learn page's commands", () => {
  it('Windows (netsh)', () => {
    const r = generateScript(pageExample, 'win', { flavor: 'windows-netsh', docExact: true });
    expect(commands(r.text, /^REM /)).toEqual(PAGE_WINDOWS);
    expect(r.diagnostics.map((d) => d.code)).toContain('LoopbackPrefixTooWide');
    expect(r.text).toMatch(/^REM WARNING LoopbackPrefixTooWide: Doc-exact reproduces the Learn page's \/24 mask/m);
  });
  it('Ubuntu', () => {
    const r = generateScript(pageExample, 'ubu', { flavor: 'ubuntu', docExact: true });
    expect(commands(r.text, /^#/)).toEqual(['set -euo pipefail', ...PAGE_UBUNTU]);
    expect(r.text).toMatch(/^# WARNING LoopbackPrefixTooWide/m);
  });
  it('and their rollbacks undo them', () => {
    expect(commands(generateScript(pageExample, 'win', { flavor: 'windows-netsh', docExact: true, rollback: true }).text, /^REM /)).toEqual(
      ['netsh int ipv4 delete addr "Loopback Pseudo-Interface 1" 1.2.3.4', 'netsh advfirewall firewall delete rule name="http"'],
    );
    expect(commands(generateScript(pageExample, 'ubu', { flavor: 'ubuntu', docExact: true, rollback: true }).text, /^#/)).toEqual([
      'set -euo pipefail',
      'sudo ip addr del 1.2.3.4/24 dev lo:0',
      'sudo ufw delete allow 80/tcp',
    ]);
  });
});

describe('full scripts (golden files)', () => {
  const t = preset('type2-floating-ip');
  it.each(
    FLAVORS.flatMap(
      (f) =>
        [
          [f, false],
          [f, true],
        ] as const,
    ),
  )('type2 VM2 %s rollback=%s', async (flavor, rollback) => {
    const r = generateScript(t, 'VM2', { flavor, rollback });
    await expect(r.text).toMatchFileSnapshot(`__golden__/${r.fileName}`);
  });
});

// One golden per frontendIpHolder and flavour family, from the test topologies of Microsoft's procedures (modes.testing.ts).
describe('cluster and appliance scripts (golden files)', () => {
  const cases: [string, LbTopology, string, ScriptOptions['flavor']][] = [
    ['SQL listener on WSFC', sqlCluster, 'sql1', 'windows-powershell'],
    ['SAP on RHEL (pcs)', sapCluster('rhel'), 'nw1-cl-0', 'rhel'],
    ['SAP on SUSE (crm)', sapCluster('suse'), 'nw1-cl-0', 'linux-networkd'],
    ['SAP on SUSE (crm, suse flavour)', sapCluster('suse'), 'nw1-cl-0', 'suse'],
    ['NVA on Ubuntu', nvaPool(), 'nva1', 'ubuntu'],
    ['NVA on RHEL', nvaPool(), 'nva2', 'rhel'],
    ['NVA on Windows', nvaPool(), 'nva1', 'windows-powershell'],
  ];
  it.each(
    cases.flatMap(
      (c) =>
        [
          [...c, false],
          [...c, true],
        ] as const,
    ),
  )('%s rollback=%s', async (_what, t, vm, flavor, rollback) => {
    const r = generateScript(t, vm, { flavor, rollback });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    await expect(r.text).toMatchFileSnapshot(`__golden__/modes/${r.fileName}`);
  });
});

// A Gateway load balancer's appliances get a notice, not a loopback: the same three shells, pinned.
describe('Gateway load balancer notice (golden files)', () => {
  const gateway: LbTopology = { ...nvaPool(), name: 'Gateway NVA (test)', loadBalancer: { name: 'gw', sku: 'Gateway', type: 'Internal' } };
  it.each(['ubuntu', 'windows-powershell', 'windows-netsh'] as const)('%s', async (flavor) => {
    const r = generateScript(gateway, 'nva1', { flavor });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['GatewayNoLoopback']);
    await expect(r.text).toMatchFileSnapshot(`__golden__/gateway/${r.fileName}`);
  });
});
