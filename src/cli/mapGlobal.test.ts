// `floatplan map` on a cross-region design: the Global load balancer's flows in a section of the text output, under
// `globalRows` in --json, and the only rows of `--lb <global>`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nvaSandwich } from '../core/export/multiLb.testing';
import { runCli } from './runCli.testing';

const crossRegion = JSON.parse(readFileSync('public/examples/cross-region.json', 'utf8'));
const withFloating = (global: boolean, west: boolean) => {
  const t = structuredClone(crossRegion);
  t.loadBalancers[0].rules[0].floatingIp = global;
  t.loadBalancers[1].rules[0].floatingIp = west;
  return JSON.stringify(t);
};
const run = (args: string[], file = JSON.stringify(crossRegion)) => runCli(['map', 'g.json', ...args], { 'g.json': file });

interface GlobalJson {
  loadBalancer: string;
  rule: string;
  regionalLoadBalancer: string;
  regionalFrontendIp: string;
  vm: string;
  vmDestinationIp: string;
  vmDestinationPort: number;
  listenIp: string;
  listenOn: string;
  floatingIp: boolean;
  regionalFloatingIp: boolean;
}
const globalRows = (args: string[], file?: string) =>
  (JSON.parse(run(['--json', ...args], file).out) as { globalRows?: GlobalJson[] }).globalRows;

describe('map of a Global load balancer', () => {
  it('prints a Global section: Global frontend → regional frontend and rule → VM, what it receives and listens on', () => {
    const r = run([]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Global load balancers (client → Global frontend → regional frontend → VM)');
    expect(r.out).toMatch(
      /lb-global\s+https\s+anycast \(203\.0\.113\.50:443\)\s+Tcp\s+lb-west\/web \(198\.51\.100\.10:443\)\s+https\s+web-west-1\s+10\.1\.0\.4:443\s+10\.1\.0\.4:443 on the NIC\s+global off, regional off/,
    );
    expect(r.out).toMatch(/lb-global .*lb-east\/web \(198\.51\.100\.20:443\)\s+https\s+web-east-2\s+10\.2\.0\.5:443/);
  });

  it('--json has globalRows naming the Global and the regional load balancer; floating IP decides the addresses', () => {
    const off = globalRows([])!;
    expect(
      off.map((g) => [g.loadBalancer, g.rule, g.regionalLoadBalancer, g.vm, `${g.vmDestinationIp}:${g.vmDestinationPort}`, g.listenOn]),
    ).toEqual([
      ['lb-global', 'https', 'lb-west', 'web-west-1', '10.1.0.4:443', 'nic'],
      ['lb-global', 'https', 'lb-west', 'web-west-2', '10.1.0.5:443', 'nic'],
      ['lb-global', 'https', 'lb-east', 'web-east-1', '10.2.0.4:443', 'nic'],
      ['lb-global', 'https', 'lb-east', 'web-east-2', '10.2.0.5:443', 'nic'],
    ]);
    expect(off[0]).not.toHaveProperty('regionalRules');
    // The regional rule's floating IP: its region's VMs receive the regional frontend IP on a loopback.
    const regional = globalRows([], withFloating(false, true))!;
    expect(regional.map((g) => [g.vmDestinationIp, g.listenIp, g.listenOn, g.regionalFloatingIp])).toEqual([
      ['198.51.100.10', '198.51.100.10', 'loopback', true],
      ['198.51.100.10', '198.51.100.10', 'loopback', true],
      ['10.2.0.4', '10.2.0.4', 'nic', false],
      ['10.2.0.5', '10.2.0.5', 'nic', false],
    ]);
    // The Global rule's floating IP: every VM receives the Global frontend IP.
    const global = globalRows([], withFloating(true, false))!;
    expect(new Set(global.map((g) => `${g.vmDestinationIp}:${g.vmDestinationPort} ${g.listenOn}`))).toEqual(
      new Set(['203.0.113.50:443 loopback']),
    );
    expect(run([], withFloating(true, false)).out).toContain('global on, regional off');
  });

  it('--lb keeps one load balancer’s rows: a Global one’s flows, or a regional one’s rules without them', () => {
    const glb = JSON.parse(run(['--json', '--lb', 'lb-global']).out) as { rows: unknown[]; globalRows: GlobalJson[] };
    expect([glb.rows, glb.globalRows.length]).toEqual([[], 4]);
    const text = run(['--lb', 'lb-global']).out;
    expect(text).not.toMatch(/^Load balancer\s+Rule\s/m);
    expect(text).not.toContain('no rule reaches a VM');
    expect(text).toContain('Global load balancers');
    const west = JSON.parse(run(['--json', '--lb', 'lb-west']).out) as { rows: { loadBalancer: string }[]; globalRows?: unknown };
    expect(west.rows.map((r) => r.loadBalancer)).toEqual(['lb-west', 'lb-west']);
    expect(west).not.toHaveProperty('globalRows');
    const bad = run(['--lb', 'nope']);
    expect([bad.code, bad.err]).toEqual([
      2,
      expect.stringContaining('--lb nope: no such load balancer; this topology has "lb-global", "lb-west", "lb-east"'),
    ]);
  });

  it('leaves the output of a design without a Global load balancer as it was', () => {
    const r = run(['--json'], JSON.stringify(nvaSandwich()));
    expect(Object.keys(JSON.parse(r.out))).toEqual(['rows', 'outbound']);
    expect(run([], JSON.stringify(nvaSandwich())).out).not.toContain('Global load balancers');
  });
});
