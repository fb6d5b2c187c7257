// `cluster-pacemaker` (SAP ASCS/ERS, HANA, NFS, SQL Server on Linux): no loopback. Part 1 runs on every node
// (net.ipv4.tcp_timestamps = 0, firewall for the probe and service ports); part 2 runs once and creates, per
// frontend, an IPaddr2 primitive (the VIP) and an azure-lb primitive (the probe listener) in one group, with pcs
// (RHEL) or crm (SUSE, Ubuntu) as Microsoft's SAP guides write them.
import { bashScript } from './bash';
import { firewallSteps, type LinuxFirewall } from './linuxFirewall';
import { NODE_ONLY_ARGS, SYSCTL_FUNCTIONS, sysctlFile, sysctlSteps } from './linuxMode';
import { pacemakerNames, type PacemakerNames } from './modeChecks';
import type { ClusterFrontend, VmPlan } from './plan';
import { commentText, posixQuote } from './quote';
import type { ScriptFile } from './types';

/** The Pacemaker shell a script drives: pcs (RHEL) or crmsh (SUSE, Ubuntu). */
export type ClusterTool = 'pcs' | 'crm';

/** What pacemakerScript needs: the VM's plan, its header, the tool and firewalls of its flavour, and the group names. */
export interface PacemakerInput {
  plan: VmPlan;
  header: string[];
  tool: ClusterTool;
  firewalls: LinuxFirewall[];
  persist: boolean;
  rollback: boolean;
  groups: Readonly<Record<string, string>>;
}

/** The sysctl.d file that keeps net.ipv4.tcp_timestamps = 0 across reboots. */
export const TIMESTAMPS_FILE = '/etc/sysctl.d/90-floatplan-azure-lb.conf';
const TIMESTAMPS: readonly (readonly [string, string])[] = [['net.ipv4.tcp_timestamps', '0']];

/** Part 2's commands for one frontend; IDs are validated ([A-Za-z0-9_.-]) so they need no quoting. */
export function pacemakerCommands(c: ClusterFrontend, n: PacemakerNames, tool: ClusterTool, rollback: boolean): string[] {
  const port = c.probes[0]!.port;
  // pcs 0.9 (RHEL 7) documents only `resource show <id>`, which pcs 0.11 (RHEL 9) removed: ask both,
  // or a second run on RHEL 7 would create the resources again and stop on "already exists".
  const exists = (id: string) =>
    tool === 'pcs'
      ? `{ pcs resource config ${id} || pcs resource show ${id}; } >/dev/null 2>&1`
      : `crm configure show ${id} >/dev/null 2>&1`;
  if (rollback) {
    // Reverse order of creation; pcs stops a resource before deleting it, crm needs the stop first (-w waits for it).
    return [n.nc, n.vip].flatMap((id) => [
      `if ${exists(id)}; then`,
      ...(tool === 'pcs' ? [`  pcs resource delete ${id}`] : [`  crm -w resource stop ${id}`, `  crm configure delete ${id}`]),
      `  echo "floatplan: deleted ${id}"`,
      'else',
      `  echo "floatplan: ${id} is already absent"`,
      'fi',
    ]);
  }
  // Without cidr_netmask and nic, IPaddr2 takes both from the routing table: the NIC whose subnet holds the frontend IP.
  const create =
    tool === 'pcs'
      ? {
          vip: `pcs resource create ${n.vip} IPaddr2 ip=${c.ip} --group ${n.group}`,
          nc: `pcs resource create ${n.nc} azure-lb port=${port} --group ${n.group}`,
        }
      : {
          vip: `crm configure primitive ${n.vip} IPaddr2 params ip=${c.ip} op monitor interval=10 timeout=20`,
          nc: `crm configure primitive ${n.nc} azure-lb port=${port} op monitor timeout=20s interval=10`,
        };
  const order = tool === 'pcs' ? (['vip', 'nc'] as const) : (['nc', 'vip'] as const);
  const lines = order.flatMap((k) => [
    `if ${exists(n[k])}; then`,
    `  echo "floatplan: ${n[k]} already exists"`,
    'else',
    `  ${create[k]}`,
    'fi',
  ]);
  if (tool === 'crm') {
    // crm has no --group on primitive: make the group, or add to an existing one (an ASCS group with its file system).
    const member = (id: string) => `[[ "$(crm configure show ${n.group})" =~ (^|[[:space:]])${id.replace(/\./g, '\\.')}([[:space:]]|$) ]]`;
    lines.push(
      `if ! crm configure show ${n.group} >/dev/null 2>&1; then`,
      `  crm configure group ${n.group} ${n.nc} ${n.vip}`,
      'else',
      ...[n.nc, n.vip].map((id) => `  ${member(id)} || crm configure modgroup ${n.group} add ${id}`),
      'fi',
    );
  }
  return lines;
}

/** The whole bash script for one node of a Pacemaker cluster. */
export function pacemakerScript(i: PacemakerInput): { text: string; files: ScriptFile[] } {
  const { plan, tool } = i;
  const names = pacemakerNames(plan.cluster, i.groups);
  const file = sysctlFile(
    TIMESTAMPS_FILE,
    'Written by Floatplan: Azure Load Balancer health probes fail with TCP timestamps on (Microsoft SAP HA guides). The Floatplan rollback script removes it.',
    TIMESTAMPS,
  );
  const part1 = [
    '',
    `# Part 1 - this node (run on every cluster node)${i.rollback ? ': undo what it set' : ''}.`,
    '# "Do not enable TCP timestamps on Azure VMs placed behind Azure Load Balancer" (Microsoft SAP HA guides).',
    ...sysctlSteps(file, TIMESTAMPS, { persist: i.persist, rollback: i.rollback, undo: [['net.ipv4.tcp_timestamps', '1']] }),
    '',
    `# Host firewall: ${i.rollback ? 'close' : 'open'} the probe ports (azure-lb answers them on the active node) and the service ports.`,
    ...firewallSteps(plan.openings, i.firewalls, { persist: i.persist, remove: i.rollback }),
  ];
  const cmds = plan.cluster.flatMap((c, k) => [
    `# Frontend ${commentText(c.frontend)} ${c.ip}: ${names[k]!.vip} (IPaddr2) and ${names[k]!.nc} (azure-lb port ${c.probes[0]!.port}) in ${names[k]!.group}`,
    ...pacemakerCommands(c, names[k]!, tool, i.rollback),
  ]);
  const moveHint = names.map((n) => `${tool === 'pcs' ? 'pcs resource move' : 'crm resource move'} ${n.group} <node>`).join('; ');
  const part2 = [
    '',
    `# Part 2 - the cluster (once, on one node): ${i.rollback ? 'delete the VIP and probe-listener primitives' : 'a VIP and a probe listener per frontend, grouped'}.`,
    'if [[ "$NODE_ONLY" -eq 1 ]]; then',
    '  echo "floatplan: --node-only: the cluster resources are left as they are"',
    'else',
    `  if ! command -v ${tool} >/dev/null 2>&1; then`,
    `    echo "floatplan: ${tool} is not installed here; run part 2 on a cluster node, or add --node-only" >&2`,
    '    exit 1',
    '  fi',
    ...cmds.map((l) => `  ${l}`),
    ...(i.rollback ? [] : [`  echo ${posixQuote(`floatplan: failover moves each group with its VIP and probe listener: ${moveHint}`)}`]),
    'fi',
  ];
  const verify = [
    '',
    '# Verification: print the resulting state.',
    'echo "floatplan: resulting state"',
    'sysctl net.ipv4.tcp_timestamps',
    ...(i.rollback
      ? []
      : ['[[ "$(sysctl -n net.ipv4.tcp_timestamps)" == 0 ]] || { echo "floatplan: net.ipv4.tcp_timestamps is not 0" >&2; exit 1; }']),
    'if [[ "$NODE_ONLY" -eq 0 ]]; then',
    '  crm_mon -1 -r',
    'fi',
    `echo "floatplan: ${i.rollback ? 'rollback' : 'configuration'} of $VM complete"`,
  ];
  const body = [...NODE_ONLY_ARGS, ...SYSCTL_FUNCTIONS, ...(i.rollback ? [...part2, ...part1] : [...part1, ...part2]), ...verify];
  return { text: bashScript(i.header, plan, body), files: i.persist && !i.rollback ? [file] : [] };
}
