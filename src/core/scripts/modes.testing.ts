// Test-only: the three workloads of issue 14 as Microsoft's procedures describe them, with documentation addresses.
// Kept beside the script tests (not the presets) so the goldens do not move when a preset is retuned.
import type { FrontendIpHolder, Rule, LbTopology, Vm } from '../topology/schema';
import { rule, vm } from '../testing/builders';

/** One clustered service: its frontend, its TCP probe and its floating-IP rule (`over` bends the rule's defaults). */
interface Service {
  frontend: string;
  ip: string;
  probe: string;
  probePort: number;
  rule: string;
  over: Partial<Rule>;
}

/** An internal Standard load balancer in front of one pool whose guests hold the frontend IPs, one frontend, probe (every 5 s) and floating-IP rule per service. */
function cluster(name: string, lb: string, pool: string, holder: FrontendIpHolder, services: Service[], vms: Vm[]): LbTopology {
  return {
    version: 1,
    name,
    loadBalancer: { name: lb, sku: 'Standard', type: 'Internal' },
    frontends: services.map((s) => ({ name: s.frontend, ip: s.ip })),
    backendPools: [{ name: pool, members: vms.map((v) => v.name), frontendIpHolder: holder }],
    probes: services.map((s) => ({ name: s.probe, protocol: 'Tcp', port: s.probePort, intervalInSeconds: 5 })),
    rules: services.map((s) => rule(s.rule, { frontend: s.frontend, backendPool: pool, floatingIp: true, probe: s.probe, ...s.over })),
    vms,
  };
}

/** SQL Server Always On: listener (TCP 1433, probe 59999) and WSFC core IP (probe 58888) on two Windows nodes. */
export const sqlCluster: LbTopology = cluster(
  'SQL Always On (test)',
  'lb-sql',
  'sql-nodes',
  'cluster-windows',
  [
    {
      frontend: 'ag-listener',
      ip: '192.0.2.100',
      probe: 'probe-59999',
      probePort: 59999,
      rule: 'sql-1433',
      over: { frontendPort: 1433, backendPort: 1433 },
    },
    {
      frontend: 'wsfc-core',
      ip: '192.0.2.101',
      probe: 'probe-58888',
      probePort: 58888,
      rule: 'wsfc-core-58888',
      over: { frontendPort: 58888, backendPort: 58888 },
    },
  ],
  [
    { name: 'sql1', os: 'windows', nic: { name: 'Ethernet', ip: '192.0.2.4' } },
    { name: 'sql2', os: 'windows', nic: { name: 'Ethernet', ip: '192.0.2.5' } },
  ],
);

/** SAP ASCS (instance 00, probe 62000) and ERS (01, probe 62101) behind HA-ports rules on two Pacemaker nodes. */
export function sapCluster(os: 'rhel' | 'suse' = 'suse'): LbTopology {
  const haPorts: Partial<Rule> = { protocol: 'All', frontendPort: 0, backendPort: 0, idleTimeoutMinutes: 30, enableTcpReset: true };
  return cluster(
    'SAP NW1 (test)',
    'lb-nw1',
    'nw1',
    'cluster-pacemaker',
    [
      { frontend: 'NW1_ASCS', ip: '192.0.2.10', probe: 'ascs', probePort: 62000, rule: 'ascs', over: haPorts },
      { frontend: 'NW1_AERS', ip: '192.0.2.11', probe: 'ers', probePort: 62101, rule: 'ers', over: haPorts },
    ],
    [vm('nw1-cl-0', '192.0.2.4', { os }), vm('nw1-cl-1', '192.0.2.5', { os })],
  );
}

/** Two NVAs behind one HA-ports rule with floating IP off (the quickstart); `v6` puts that rule on an IPv6 frontend instead. */
export function nvaPool(v6 = false): LbTopology {
  const members = v6
    ? [
        { vm: 'nva1', ip: '2001:db8::4' },
        { vm: 'nva2', ip: '2001:db8::5' },
      ]
    : ['nva1', 'nva2'];
  return {
    version: 1,
    name: 'NVA HA ports (test)',
    loadBalancer: { name: 'lb-nva', sku: 'Standard', type: 'Internal' },
    frontends: [v6 ? { name: 'nva-fe', ip: '2001:db8::10' } : { name: 'nva-fe', ip: '192.0.2.10' }],
    backendPools: [{ name: 'nvas', members, frontendIpHolder: 'appliance' }],
    probes: [{ name: 'ssh', protocol: 'Tcp', port: 22, intervalInSeconds: 5 }],
    rules: [rule('ha-ports', { frontend: 'nva-fe', backendPool: 'nvas', protocol: 'All', frontendPort: 0, backendPort: 0, probe: 'ssh' })],
    vms: [
      { name: 'nva1', os: 'ubuntu', nic: { name: 'eth0', ip: '192.0.2.4', ...(v6 ? { secondaryIps: ['2001:db8::4'] } : {}) } },
      { name: 'nva2', os: 'rhel', nic: { name: 'eth0', ip: '192.0.2.5', ...(v6 ? { secondaryIps: ['2001:db8::5'] } : {}) } },
    ],
  };
}

/** A copy of `t` with every pool held by `holder`. */
export function heldBy(t: LbTopology, holder: FrontendIpHolder): LbTopology {
  return { ...t, backendPools: t.backendPools.map((p) => ({ ...p, frontendIpHolder: holder })) };
}
