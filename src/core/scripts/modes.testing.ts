// Test-only: the three workloads of issue 14 as Microsoft's procedures describe them, with documentation addresses.
// Kept beside the script tests (not the presets) so the goldens do not move when a preset is retuned.
import type { FrontendIpHolder, Topology } from '../topology/schema';

/** SQL Server Always On: listener (TCP 1433, probe 59999) and WSFC core IP (probe 58888) on two Windows nodes. */
export const sqlCluster: Topology = {
  version: 1,
  name: 'SQL Always On (test)',
  loadBalancer: { name: 'lb-sql', sku: 'Standard', type: 'Internal' },
  frontends: [
    { name: 'ag-listener', ip: '192.0.2.100' },
    { name: 'wsfc-core', ip: '192.0.2.101' },
  ],
  backendPools: [{ name: 'sql-nodes', members: ['sql1', 'sql2'], frontendIpHolder: 'cluster-windows' }],
  probes: [
    { name: 'probe-59999', protocol: 'Tcp', port: 59999, intervalInSeconds: 5 },
    { name: 'probe-58888', protocol: 'Tcp', port: 58888, intervalInSeconds: 5 },
  ],
  rules: [
    {
      name: 'sql-1433',
      frontend: 'ag-listener',
      backendPool: 'sql-nodes',
      protocol: 'Tcp',
      frontendPort: 1433,
      backendPort: 1433,
      floatingIp: true,
      probe: 'probe-59999',
    },
    {
      name: 'wsfc-core-58888',
      frontend: 'wsfc-core',
      backendPool: 'sql-nodes',
      protocol: 'Tcp',
      frontendPort: 58888,
      backendPort: 58888,
      floatingIp: true,
      probe: 'probe-58888',
    },
  ],
  vms: [
    { name: 'sql1', os: 'windows', nic: { name: 'Ethernet', ip: '192.0.2.4' } },
    { name: 'sql2', os: 'windows', nic: { name: 'Ethernet', ip: '192.0.2.5' } },
  ],
};

/** SAP ASCS (instance 00, probe 62000) and ERS (01, probe 62101) behind HA-ports rules on two Pacemaker nodes. */
export function sapCluster(os: 'rhel' | 'suse' = 'suse'): Topology {
  return {
    version: 1,
    name: 'SAP NW1 (test)',
    loadBalancer: { name: 'lb-nw1', sku: 'Standard', type: 'Internal' },
    frontends: [
      { name: 'NW1_ASCS', ip: '192.0.2.10' },
      { name: 'NW1_AERS', ip: '192.0.2.11' },
    ],
    backendPools: [{ name: 'nw1', members: ['nw1-cl-0', 'nw1-cl-1'], frontendIpHolder: 'cluster-pacemaker' }],
    probes: [
      { name: 'ascs', protocol: 'Tcp', port: 62000, intervalInSeconds: 5 },
      { name: 'ers', protocol: 'Tcp', port: 62101, intervalInSeconds: 5 },
    ],
    rules: [
      {
        name: 'ascs',
        frontend: 'NW1_ASCS',
        backendPool: 'nw1',
        protocol: 'All',
        frontendPort: 0,
        backendPort: 0,
        floatingIp: true,
        probe: 'ascs',
        idleTimeoutMinutes: 30,
        enableTcpReset: true,
      },
      {
        name: 'ers',
        frontend: 'NW1_AERS',
        backendPool: 'nw1',
        protocol: 'All',
        frontendPort: 0,
        backendPort: 0,
        floatingIp: true,
        probe: 'ers',
        idleTimeoutMinutes: 30,
        enableTcpReset: true,
      },
    ],
    vms: [
      { name: 'nw1-cl-0', os, nic: { name: 'eth0', ip: '192.0.2.4' } },
      { name: 'nw1-cl-1', os, nic: { name: 'eth0', ip: '192.0.2.5' } },
    ],
  };
}

/** Two NVAs behind one HA-ports rule with floating IP off (the quickstart); `v6` puts that rule on an IPv6 frontend instead. */
export function nvaPool(v6 = false): Topology {
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
    rules: [
      {
        name: 'ha-ports',
        frontend: 'nva-fe',
        backendPool: 'nvas',
        protocol: 'All',
        frontendPort: 0,
        backendPort: 0,
        floatingIp: false,
        probe: 'ssh',
      },
    ],
    vms: [
      { name: 'nva1', os: 'ubuntu', nic: { name: 'eth0', ip: '192.0.2.4', ...(v6 ? { secondaryIps: ['2001:db8::4'] } : {}) } },
      { name: 'nva2', os: 'rhel', nic: { name: 'eth0', ip: '192.0.2.5', ...(v6 ? { secondaryIps: ['2001:db8::5'] } : {}) } },
    ],
  };
}

/** A copy of `t` with every pool held by `holder`. */
export function heldBy(t: Topology, holder: FrontendIpHolder): Topology {
  return { ...t, backendPools: t.backendPools.map((p) => ({ ...p, frontendIpHolder: holder })) };
}
