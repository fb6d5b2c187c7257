// Test-only: what a Pacemaker group of IPaddr2 + azure-lb does on the node that runs it, reproduced in a lab
// namespace (Pacemaker itself cannot run here). Sources, ClusterLabs resource-agents:
// - heartbeat/IPaddr2: `nic` "If left empty, the script will try and determine this from the routing table";
//   `cidr_netmask` "If unspecified, the script will also try to determine this from the routing table";
// - heartbeat/findif.sh: that lookup is `ip -o -f inet route list match <ip> scope link`, longest prefix wins;
//   nic = the route's device, netmask = the route's prefix length. The address is then added to that NIC;
// - heartbeat/azure-lb: start runs `nc -l -k <port>` (or socat TCP-LISTEN:<port>,fork): a listener on every
//   address, whose only job is to complete the TCP handshake of Azure's probe.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lab, Listeners } from './netns';

/** One Pacemaker group as a generated script declares it: the IPaddr2 address and the azure-lb probe port. */
export interface DeclaredGroup {
  vip: string;
  probePort: number;
  group: string;
}

/**
 * Runs a generated cluster script's "run once" part in a node's namespace with `crm`, `pcs` and `crm_mon` replaced
 * by recorders (no resource exists yet; every command succeeds), and returns what it declared. The test then starts
 * exactly those resources with the emulations below, so the VIP and probe port come from the generated text.
 */
export function recordClusterCommands(
  lab: Lab,
  vm: string,
  script: string,
): { status: number; out: string; commands: string[]; groups: DeclaredGroup[] } {
  const dir = mkdtempSync(join(tmpdir(), 'floatplan-cluster-'));
  try {
    const log = join(dir, 'commands.log');
    writeFileSync(log, '');
    // "show"/"config" of a resource answers "absent", so the script takes its create branch.
    const recorder = (tool: string) => `#!/bin/sh
printf '%s\\n' "${tool} $*" >> ${log}
case "$*" in *"configure show"*|"resource config"*|"resource show"*) exit 1 ;; esac
exit 0
`;
    for (const tool of ['crm', 'pcs', 'crm_mon']) writeFileSync(join(dir, tool), recorder(tool), { mode: 0o755 });
    const r = lab.runScript(vm, script, { PATH: `${dir}:${process.env.PATH}` });
    const commands = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    return { ...r, commands, groups: declaredGroups(commands) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pairs each IPaddr2 with the azure-lb of its group (pcs: `--group`; crm: `configure group <g> <members>`). */
export function declaredGroups(commands: string[]): DeclaredGroup[] {
  const vip = new Map<string, string>();
  const port = new Map<string, number>();
  const groupOf = new Map<string, string>();
  for (const c of commands) {
    const res = /\b(?:primitive|resource create) (\S+) (?:ocf:heartbeat:)?(IPaddr2|azure-lb)\b(.*)$/.exec(c);
    if (res) {
      const [, id, agent, rest] = res;
      if (agent === 'IPaddr2') vip.set(id!, /\bip=(\S+)/.exec(rest!)![1]!);
      else port.set(id!, Number(/\bport=(\d+)/.exec(rest!)![1]));
      const g = /--group (\S+)/.exec(rest!);
      if (g) groupOf.set(id!, g[1]!);
    }
    const grp = /\bconfigure group (\S+) (.+)$/.exec(c);
    if (grp) for (const id of grp[2]!.split(' ')) groupOf.set(id, grp[1]!);
  }
  const groups = new Map<string, DeclaredGroup>();
  for (const [id, ip] of vip) {
    const group = groupOf.get(id) ?? '';
    const nc = [...port.keys()].find((k) => groupOf.get(k) === group && group !== '');
    if (nc === undefined) throw new Error(`cluster script: IPaddr2 ${id} has no azure-lb in its group`);
    groups.set(group, { vip: ip, probePort: port.get(nc)!, group });
  }
  return [...groups.values()];
}

/**
 * IPaddr2 start with `ip` only (no nic, no cidr_netmask), as Microsoft's SAP guides configure it: findif's lookup,
 * then the address on that NIC with that prefix. Returns the `ip addr` line the agent's start would have run.
 */
export function ipaddr2Start(lab: Lab, vm: string, vip: string): string {
  const r = lab.runScript(vm, IPADDR2, { FP_ACTION: 'start', FP_IP: vip });
  if (r.status !== 0) throw new Error(`IPaddr2 emulation (start) on ${vm}: ${r.out}`);
  return r.out.trim();
}

/** IPaddr2 stop: the address leaves the node (Pacemaker stops the group here before starting it elsewhere). */
export function ipaddr2Stop(lab: Lab, vm: string, vip: string): void {
  const r = lab.runScript(vm, IPADDR2, { FP_ACTION: 'stop', FP_IP: vip });
  if (r.status !== 0) throw new Error(`IPaddr2 emulation (stop) on ${vm}: ${r.out}`);
}

/**
 * A WSFC IP Address resource coming online on its owner node, as Microsoft's listener procedure configures it
 * (`Set-ClusterParameter` Address, ProbePort, SubnetMask 255.255.255.255): the address on the node's cluster-network
 * NIC with a /32 mask. Its ProbePort listener is `azureLbStart`'s equivalent. Windows cannot run here: network effect only.
 */
export function wsfcIpOnline(lab: Lab, vm: string, vip: string, online = true): void {
  lab.ip(vm, `addr ${online ? 'add' : 'del'} ${vip}/32 dev eth0`);
}

/** azure-lb start: a listener on 0.0.0.0:<port> that only accepts (the agent's `nc -l -k`). Stop it with `.stop()`. */
export function azureLbStart(lab: Lab, vm: string, port: number): Promise<Listeners> {
  return lab.listen(lab.ns(vm), [{ proto: 'tcp', host: '0.0.0.0', port, answer: `azure-lb ${vm}` }]);
}

// findif: the longest scope-link route matching the address gives the NIC and the prefix (IPv4 only here).
const IPADDR2 = `set -euo pipefail
best=$(ip -o -f inet route list match "$FP_IP" scope link | awk 'BEGIN{best=-1} { m=$1; sub(".*/", "", m); if ($1 !~ /\\//) m=32; if (int(m)>best) { best=int(m); line=$0 } } END{print line}')
[[ -n "$best" ]] || { echo "Unable to find nic or netmask." >&2; exit 1; }
set -- $best
prefix=\${1#*/}; nic=$3
if [[ "$FP_ACTION" == start ]]; then
  ip -f inet addr add "$FP_IP/$prefix" dev "$nic"
  echo "ip -f inet addr add $FP_IP/$prefix dev $nic"
else
  ip -f inet addr del "$FP_IP/$prefix" dev "$nic"
fi
`;
