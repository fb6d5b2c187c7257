// Scripts per frontendIpHolder: a cluster or an appliance never gets a loopback, and each script carries the steps of
// Microsoft's procedure for its workload (WSFC Set-ClusterParameter, Pacemaker IPaddr2 + azure-lb, NVA forwarding).
import { describe, expect, it } from 'vitest';
import { rule, topology, vm } from '../testing/builders';
import { analyze } from '../validation/analyze';
import { generateScript } from './generate';
import { pacemakerNames } from './modeChecks';
import { heldBy, nvaPool, sapCluster, sqlCluster } from './modes.testing';
import { planVm } from './plan';
import type { ScriptOptions } from './types';
import { messageOf } from '../diagnostics/diagnostic';

const gen = (t: Parameters<typeof generateScript>[0], vmName: string, o: ScriptOptions) => generateScript(t, vmName, o);
const codes = (t: Parameters<typeof generateScript>[0], vmName: string, o: ScriptOptions) =>
  gen(t, vmName, o).diagnostics.map((d) => d.code);
// Any step that would put an address on a loopback, in any shell.
const LOOPBACK = /lo_add|dev lo\b|New-NetIPAddress|Loopback Pseudo-Interface|WeakHost|netplan|floatplan-lo/;

describe('plan', () => {
  it('a cluster or appliance pool puts no frontend IP on the loopback; the cluster frontends carry their probe', () => {
    const sql = analyze(sqlCluster);
    const p = planVm(sqlCluster, sql.rows, 'sql1');
    expect(p.loopback).toEqual([]);
    expect(p.holders).toEqual(['cluster-windows']);
    expect(p.peers).toEqual(['sql2']);
    expect(p.cluster.map((c) => [c.frontend, c.ip, c.probes.map((x) => x.port)])).toEqual([
      ['ag-listener', '192.0.2.100', [59999]],
      ['wsfc-core', '192.0.2.101', [58888]],
    ]);
    const nva = nvaPool();
    expect(planVm(nva, analyze(nva).rows, 'nva1')).toMatchObject({ loopback: [], holders: ['appliance'], cluster: [], peers: ['nva2'] });
  });
  it('every-member keeps its loopback', () => {
    const t = heldBy(sqlCluster, 'every-member');
    expect(planVm(t, analyze(t).rows, 'sql1').loopback.map((l) => l.ip)).toEqual(['192.0.2.100', '192.0.2.101']);
  });
});

describe('cluster-windows (SQL Server listener on WSFC)', () => {
  const s = gen(sqlCluster, 'sql1', { flavor: 'windows-powershell' });

  it('has no loopback step and says where it runs', () => {
    expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(s.text).not.toMatch(LOOPBACK);
    expect(s.text).toMatch(/^# WHERE TO RUN: part 1 \(this node\) on EVERY cluster node \(sql1, sql2\);\r$/m);
    expect(s.text).toMatch(/part 2 \(the cluster resources\) ONCE, on ONE node: run that node's own script in full/);
  });

  it("says each node runs its own script: this one opens the probe port on sql1's NIC IP only", () => {
    // Run on sql2 (even with -NodeOnly), sql1's script would open the probe on 192.0.2.4 and leave sql2's closed.
    expect(s.text).not.toContain('run this script in full on the first node');
    expect(s.text).toMatch(
      /each other node's own\r\n# +script with -NodeOnly\. This script is for sql1 only: its firewall rules name its NIC IP 192\.0\.2\.4\./,
    );
    expect(gen(sqlCluster, 'sql2', { flavor: 'windows-powershell' }).text).toContain(
      'This script is for sql2 only: its firewall rules name its NIC IP 192.0.2.5.',
    );
    expect(gen(sapCluster(), 'nw1-cl-1', { flavor: 'linux-networkd' }).text).toContain(
      'script with --node-only. This script is for nw1-cl-1 only: its firewall rules name its NIC IP 192.0.2.5.',
    );
  });

  it("has exactly one Set-ClusterParameter per frontend, with its own probe port, and Microsoft's parameters", () => {
    const sets = s.text.split('\r\n').filter((l) => l.includes('Set-ClusterParameter -Multiple'));
    expect(sets.map((l) => l.trim())).toEqual([
      "Get-ClusterResource $IpResource1 | Set-ClusterParameter -Multiple @{Address='192.0.2.100'; ProbePort=59999; SubnetMask='255.255.255.255'; Network=$ClusterNetworkName; EnableDhcp=0}",
      "Get-ClusterResource $IpResource2 | Set-ClusterParameter -Multiple @{Address='192.0.2.101'; ProbePort=58888; SubnetMask='255.255.255.255'; Network=$ClusterNetworkName; EnableDhcp=0}",
    ]);
    expect(s.text).toContain('Import-Module FailoverClusters');
    // Idempotent: each set is behind a check of the current parameters.
    expect(s.text).toMatch(/if \(Test-FloatplanClusterIp \$IpResource1 '192\.0\.2\.100' 59999\)/);
  });

  it('reserves every probe port with netsh and opens probe and service ports in the firewall', () => {
    for (const p of [59999, 58888])
      expect(s.text).toContain(`netsh int ipv4 add excludedportrange tcp startport=${p} numberofports=1 store=persistent`);
    expect(s.text).toContain("Add-FloatplanFirewallRule 'Floatplan tcp-1433 to 192.0.2.100' 'TCP' '1433' '192.0.2.100'");
    expect(s.text).toContain("Add-FloatplanFirewallRule 'Floatplan probe tcp-59999 to 192.0.2.4' 'TCP' '59999' '192.0.2.4'");
  });

  it('asks for the cluster names instead of guessing them, and takes them from options quoted', () => {
    expect(s.text).toContain("[string]$ClusterNetworkName = '',");
    expect(s.text).toMatch(/if \(\$ClusterNetworkName -eq ''\) \{ throw 'floatplan: give -ClusterNetworkName <name>/);
    expect(s.text).toMatch(
      /if \(\$IpResource2 -eq ''\) \{ throw 'floatplan: give -IpResource2 <name>: the cluster IP Address resource of frontend wsfc-core 192\.0\.2\.101/,
    );
    const named = gen(sqlCluster, 'sql1', {
      flavor: 'windows-powershell',
      clusterNetwork: 'Cluster Network 1',
      ipResources: { 'ag-listener': "AG1_192.0.2.100 it's", 'wsfc-core': 'Cluster IP Addréss' },
    });
    expect(named.text).toContain("[string]$ClusterNetworkName = 'Cluster Network 1',");
    expect(named.text).toContain("[string]$IpResource1 = 'AG1_192.0.2.100 it''s',");
    expect(named.text).toContain("[string]$IpResource2 = ('Cluster IP Addr' + [char]0x00E9 + 'ss'),");
    expect(named.text).toMatch(/^[\t\r\n\x20-\x7e]*$/);
  });

  it('the rollback stops the probe answer, releases the ports and removes the firewall rules', () => {
    const rb = gen(sqlCluster, 'sql1', { flavor: 'windows-powershell', rollback: true }).text;
    expect(rb).toContain('Get-ClusterResource $IpResource1 | Set-ClusterParameter -Name ProbePort -Value 0');
    expect(rb).toContain('netsh int ipv4 delete excludedportrange tcp startport=59999 numberofports=1 store=persistent');
    expect(rb).toContain("Remove-FloatplanFirewallRule 'Floatplan probe tcp-59999 to 192.0.2.4'");
    expect(rb).not.toContain('Set-ClusterParameter -Multiple');
  });

  it('refuses flavours that cannot drive WSFC, IPv6 frontends and unclear probes', () => {
    for (const flavor of ['windows-netsh', 'ubuntu', 'rhel'] as const) {
      const r = gen(sqlCluster, 'sql1', { flavor });
      expect(r.text).toBe('');
      expect(messageOf(r.diagnostics.find((d) => d.code === 'HolderUnsupportedFlavor')!)).toMatch(/Use windows-powershell\.$/);
    }
    const twoProbes = {
      ...sqlCluster,
      rules: [
        ...sqlCluster.rules,
        { ...sqlCluster.rules[0]!, name: 'sql-5022', frontendPort: 5022, backendPort: 5022, probe: 'probe-58888' },
      ],
    };
    expect(
      messageOf(gen(twoProbes, 'sql1', { flavor: 'windows-powershell' }).diagnostics.find((d) => d.code === 'ClusterProbeUnclear')!),
    ).toMatch(/use different probes \("probe-59999" \(59999\), "probe-58888" \(58888\)\)/);
    const noProbe = { ...sqlCluster, rules: sqlCluster.rules.map((r, i) => (i === 0 ? { ...r, probe: undefined } : r)) };
    expect(codes(noProbe, 'sql1', { flavor: 'windows-powershell' })).toContain('ClusterProbeUnclear');
  });
});

describe('cluster-pacemaker (SAP ASCS/ERS)', () => {
  it('RHEL: pcs creates an IPaddr2 and an azure-lb resource per frontend in one group, as the RHEL guide does', () => {
    const r = gen(sapCluster('rhel'), 'nw1-cl-0', { flavor: 'rhel' });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.text).not.toMatch(LOOPBACK);
    const creates = r.text
      .split('\n')
      .filter((l) => l.includes('pcs resource create'))
      .map((l) => l.trim());
    expect(creates).toEqual([
      'pcs resource create vip_NW1_ASCS IPaddr2 ip=192.0.2.10 --group g-NW1_ASCS',
      'pcs resource create nc_NW1_ASCS azure-lb port=62000 --group g-NW1_ASCS',
      'pcs resource create vip_NW1_AERS IPaddr2 ip=192.0.2.11 --group g-NW1_AERS',
      'pcs resource create nc_NW1_AERS azure-lb port=62101 --group g-NW1_AERS',
    ]);
    // pcs 0.9 (RHEL 7) knows only `resource show <id>`; pcs 0.11 (RHEL 9) only `resource config <id>`.
    expect(r.text).toContain('if { pcs resource config vip_NW1_ASCS || pcs resource show vip_NW1_ASCS; } >/dev/null 2>&1; then');
    expect(r.text).toMatch(/^# WHERE TO RUN: part 1 \(this node\) on EVERY cluster node \(nw1-cl-0, nw1-cl-1\);$/m);
    expect(r.text).toContain('high-availability-guide-rhel');
  });

  it('SUSE: crm primitives as the SUSE guide writes them, then the group (created, or added to)', () => {
    const r = gen(sapCluster('suse'), 'nw1-cl-0', { flavor: 'linux-networkd' });
    expect(r.text).toContain('crm configure primitive vip_NW1_ASCS IPaddr2 params ip=192.0.2.10 op monitor interval=10 timeout=20');
    expect(r.text).toContain('crm configure primitive nc_NW1_ASCS azure-lb port=62000 op monitor timeout=20s interval=10');
    expect(r.text).toContain('crm configure group g-NW1_ASCS nc_NW1_ASCS vip_NW1_ASCS');
    expect(r.text).toContain('crm configure modgroup g-NW1_ASCS add vip_NW1_ASCS');
    expect(r.text).not.toContain('pcs ');
    expect(r.text).toContain('high-availability-guide-suse');
  });

  it('every node: tcp_timestamps 0 at runtime and in its own sysctl.d file; the probe ports in the firewall', () => {
    const r = gen(sapCluster('rhel'), 'nw1-cl-1', { flavor: 'rhel' });
    expect(r.text).toContain('sysctl_set net.ipv4.tcp_timestamps 0');
    expect(r.files).toEqual([
      { path: '/etc/sysctl.d/90-floatplan-azure-lb.conf', mode: '644', content: expect.stringMatching(/^net\.ipv4\.tcp_timestamps = 0$/m) },
    ]);
    expect(r.text).toContain(
      `firewall-cmd --permanent --add-rich-rule='rule family="ipv4" destination address="192.0.2.5" port port="62000" protocol="tcp" accept'`,
    );
    expect(gen(sapCluster('rhel'), 'nw1-cl-1', { flavor: 'rhel', persist: false }).files).toEqual([]);
  });

  it('group names come from options (an existing ASCS group); bad names and unknown frontends are refused', () => {
    const r = gen(sapCluster('rhel'), 'nw1-cl-0', { flavor: 'rhel', clusterGroups: { NW1_ASCS: 'g-NW1_ASCS_existing' } });
    expect(r.text).toContain('pcs resource create nc_NW1_ASCS azure-lb port=62000 --group g-NW1_ASCS_existing');
    expect(r.text).toContain('--group g-NW1_AERS');
    const bad = gen(sapCluster('rhel'), 'nw1-cl-0', { flavor: 'rhel', clusterGroups: { NW1_ASCS: 'g;reboot', nope: 'g1' } });
    expect(bad.text).toBe('');
    expect(bad.diagnostics.filter((d) => d.code === 'InvalidClusterName').map((d) => messageOf(d))).toEqual([
      'The Pacemaker group name "g;reboot" is not a Pacemaker resource ID (a letter or "_" first, then letters, digits, "_", "-" or ".").',
      'The frontend named in an option "nope" is not a cluster frontend of this VM.',
    ]);
  });

  it('the rollback deletes the primitives (crm stops them first) and puts tcp_timestamps back', () => {
    const pcs = gen(sapCluster('rhel'), 'nw1-cl-0', { flavor: 'rhel', rollback: true }).text;
    expect(pcs).toContain('pcs resource delete nc_NW1_ASCS');
    expect(pcs).not.toContain('pcs resource create');
    expect(pcs).toContain('sysctl_set net.ipv4.tcp_timestamps 1');
    expect(pcs).toContain('rm -f /etc/sysctl.d/90-floatplan-azure-lb.conf');
    const crm = gen(sapCluster('suse'), 'nw1-cl-0', { flavor: 'ubuntu', rollback: true }).text;
    expect(crm).toMatch(/crm -w resource stop vip_NW1_ASCS\n\s+crm configure delete vip_NW1_ASCS/);
  });

  it('default names are Pacemaker IDs made from the frontend names, distinct even when two names clean alike', () => {
    const c = (frontend: string) => ({
      frontend,
      ip: '192.0.2.10',
      family: 4 as const,
      pool: 'p',
      holder: 'cluster-pacemaker' as const,
      rules: [],
      probes: [{ name: 'p', port: 62000 }],
      unprobedRules: [],
    });
    expect(pacemakerNames([c('ASCS listener'), c('ASCS/listener'), c('1st')], { '1st': 'g-first' })).toEqual([
      { vip: 'vip_ASCS_listener', nc: 'nc_ASCS_listener', group: 'g-ASCS_listener' },
      { vip: 'vip_ASCS_listener_2', nc: 'nc_ASCS_listener_2', group: 'g-ASCS_listener_2' },
      { vip: 'vip__1st', nc: 'nc__1st', group: 'g-first' },
    ]);
  });

  it('an IPv6 frontend gets an IPaddr2 with its IPv6 address (the agent manages both families)', () => {
    const t = sapCluster('rhel');
    const v6: typeof t = {
      ...t,
      frontends: [{ name: 'NW1_ASCS', ip: '2001:db8::10' }],
      backendPools: [
        {
          ...t.backendPools[0]!,
          members: [
            { vm: 'nw1-cl-0', ip: '2001:db8::4' },
            { vm: 'nw1-cl-1', ip: '2001:db8::5' },
          ],
        },
      ],
      rules: [t.rules[0]!],
      vms: t.vms.map((v, i) => ({ ...v, nic: { ...v.nic, secondaryIps: [`2001:db8::${4 + i}`] } })),
    };
    expect(gen(v6, 'nw1-cl-0', { flavor: 'rhel' }).text).toContain(
      'pcs resource create vip_NW1_ASCS IPaddr2 ip=2001:db8::10 --group g-NW1_ASCS',
    );
  });

  it('a Windows flavour cannot configure Pacemaker', () => {
    expect(codes(sapCluster(), 'nw1-cl-0', { flavor: 'windows-powershell' })).toContain('HolderUnsupportedFlavor');
  });
});

describe('appliance (NVA behind HA ports)', () => {
  it('forwards (ip_forward 1, loose rp_filter, FORWARD allowed), persisted, with no loopback and no listener', () => {
    const r = gen(nvaPool(), 'nva2', { flavor: 'rhel' });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.text).not.toMatch(LOOPBACK);
    expect(r.text).toContain('sysctl_set net.ipv4.ip_forward 1');
    expect(r.text).toContain('sysctl_set net.ipv4.conf.all.rp_filter 2');
    expect(r.text).not.toContain('net.ipv6.conf.all.forwarding');
    expect(r.text).toMatch(
      /firewall-cmd --permanent --zone="\$zone" --query-forward >\/dev\/null 2>&1 \|\| firewall-cmd --permanent --zone="\$zone" --add-forward/,
    );
    expect(r.files.map((f) => f.path)).toEqual(['/etc/sysctl.d/90-floatplan-forwarding.conf']);
    expect(r.text).toMatch(/-> forwarded, original destination kept \(no listener here\)/);
    expect(r.text).toMatch(/^# WHERE TO RUN: on every appliance of the pool \(nva2, nva1\)/m);
  });

  it('firewalld older than 0.9 (no --add-forward) stops the script with the reason instead of an unknown option', () => {
    const t = gen(nvaPool(), 'nva2', { flavor: 'rhel' }).text;
    const check = t.indexOf('if [[ "$(firewall-cmd --help 2>&1)" != *--add-forward* ]]; then');
    expect(check).toBeGreaterThan(0);
    expect(check).toBeLessThan(t.indexOf('--add-forward\n'));
    expect(t).toMatch(/has no intra-zone forwarding \(--add-forward, firewalld 0\.9 or later\)[^\n]*" >&2\n +exit 1\n/);
    // The rollback only removes forwarding where the zone has it: no check needed there.
    expect(gen(nvaPool(), 'nva2', { flavor: 'rhel', rollback: true }).text).not.toContain('firewall-cmd --help');
  });

  it('names the Azure side: NIC IP forwarding and the UDR to the frontend IP', () => {
    const t = gen(nvaPool(), 'nva1', { flavor: 'ubuntu' }).text;
    expect(t).toContain('az network nic update --resource-group <rg> --name <nic> --ip-forwarding true');
    expect(t).toMatch(/route table \(UDR\) whose next hop is the load balancer'\\''s internal frontend IP/);
    expect(t).toContain("ufw route allow in on 'eth0' out on 'eth0'");
  });

  it('forwards IPv6 too when a frontend is IPv6', () => {
    expect(gen(nvaPool(true), 'nva1', { flavor: 'ubuntu' }).text).toContain('sysctl_set net.ipv6.conf.all.forwarding 1');
  });

  it('the rollback turns forwarding off and removes its file and firewall allowances', () => {
    const rb = gen(nvaPool(), 'nva1', { flavor: 'ubuntu', rollback: true }).text;
    expect(rb).toContain('sysctl_set net.ipv4.ip_forward 0');
    expect(rb).toContain('rm -f /etc/sysctl.d/90-floatplan-forwarding.conf');
    expect(rb).toContain("ufw route delete allow in on 'eth0' out on 'eth0'");
    expect(rb).not.toContain('sysctl_set net.ipv4.ip_forward 1');
  });

  it('Windows: Set-NetIPInterface -Forwarding on the NIC with PowerShell; netsh is refused', () => {
    const w = gen(nvaPool(), 'nva1', { flavor: 'windows-powershell' }).text;
    expect(w).toContain('Set-NetIPInterface -InterfaceAlias $Nic -AddressFamily IPv4 -Forwarding Enabled');
    expect(w).not.toMatch(LOOPBACK);
    expect(gen(nvaPool(), 'nva1', { flavor: 'windows-powershell', rollback: true }).text).toContain('-Forwarding Disabled');
    expect(codes(nvaPool(), 'nva1', { flavor: 'windows-netsh' })).toContain('HolderUnsupportedFlavor');
  });
});

describe('one kind of script per VM', () => {
  it('a VM in pools held differently is refused; doc-exact is refused for a cluster', () => {
    const t = topology({
      backendPools: [
        { name: 'pool', members: ['VM1', 'VM2'] },
        { name: 'nva', members: ['VM1'], frontendIpHolder: 'appliance' },
      ],
      rules: [rule('r1', { floatingIp: true }), rule('r2', { frontend: 'FE2', backendPool: 'nva', frontendPort: 81, backendPort: 81 })],
      vms: [vm('VM1', '10.0.0.4'), vm('VM2', '10.0.0.5')],
    });
    const r = gen(t, 'VM1', { flavor: 'ubuntu' });
    expect(r.text).toBe('');
    expect(messageOf(r.diagnostics.find((d) => d.code === 'MixedFrontendIpHolders')!)).toContain('(every-member, appliance)');
    expect(gen(t, 'VM2', { flavor: 'ubuntu' }).text).toContain('lo_add');
    expect(codes(sapCluster(), 'nw1-cl-0', { flavor: 'ubuntu', docExact: true })).toContain('HolderUnsupportedFlavor');
  });
});
