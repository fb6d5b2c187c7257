import { describe, expect, it } from 'vitest';
import { rule, topology } from '../core/testing/builders';
import type { FrontendIpHolder } from '../core/topology/schema';
import { runCli } from './runCli.testing';

const plan = (holder: FrontendIpHolder, floatingIp: boolean) =>
  JSON.stringify(
    topology({
      loadBalancer: { name: 'ilb', sku: 'Standard', type: 'Internal' },
      frontends: [{ name: 'FE1', ip: '10.0.1.10' }],
      backendPools: [{ name: 'pool', members: ['VM1', 'VM2'], frontendIpHolder: holder }],
      rules: [rule('r1', { protocol: 'All', frontendPort: 0, backendPort: 0, floatingIp })],
    }),
  );

describe('floatplan map: who holds the frontend IP', () => {
  it("says a cluster pool listens on the active node's NIC", () => {
    const { out } = runCli(['map', 'c.json'], { 'c.json': plan('cluster-pacemaker', true) });
    expect(out).toMatch(
      /r1\s+FE1 \(10\.0\.1\.10\)\s+All\s+all ports\s+VM1\s+10\.0\.1\.10 \(all ports\)\s+10\.0\.1\.10 \(all ports\) on the active node's NIC \(cluster\)\s+on/,
    );
  });
  it('says an appliance listens on nothing and receives the original destination', () => {
    const { out } = runCli(['map', 'a.json'], { 'a.json': plan('appliance', false) });
    expect(out).toMatch(/VM2\s+original destination \(10\.0\.0\.5 \(all ports\) if sent to the frontend\)\s+nothing: forwarded\s+off/);
  });
  it('--json carries listenOn and frontendIpHolder, and every-member rows keep loopback', () => {
    const rows = (holder: FrontendIpHolder, fip: boolean) =>
      JSON.parse(runCli(['map', 'p.json', '--json'], { 'p.json': plan(holder, fip) }).out).rows;
    expect(rows('cluster-windows', true)[0]).toMatchObject({
      listenOn: 'cluster',
      frontendIpHolder: 'cluster-windows',
      destinationIp: '10.0.1.10',
    });
    expect(rows('appliance', true)[1]).toMatchObject({ listenOn: 'none', frontendIpHolder: 'appliance' });
    expect(rows('every-member', true)[0]).toMatchObject({ listenOn: 'loopback', frontendIpHolder: 'every-member' });
    expect(rows('cluster-windows', false)[0]).toMatchObject({ listenOn: 'nic', destinationIp: '10.0.0.4' });
  });
});
