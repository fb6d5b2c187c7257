// The header of a cluster or appliance script: what it configures, on which node(s) it runs, the rules it serves.
// User text passes through commentText (or asciiText for Windows, by the caller) so it cannot leave the comment.
import { formatEndpoint } from '../net/address';
import type { FrontendIpHolder } from '../topology/schema';
import type { ScriptDiagnostic } from './diagnostics';
import { procedureSource } from './modeChecks';
import { listenLabel, type VmPlan } from './plan';
import { commentText } from './quote';
import type { Flavor } from './types';
import { messageOf } from '../diagnostics/diagnostic';

/** The holders that get a script of their own (every-member keeps the loopback scripts). */
export type ModeHolder = Exclude<FrontendIpHolder, 'every-member'>;

/** What modeHeaderLines needs to describe a script and where it runs. */
export interface ModeHeaderInput {
  plan: VmPlan;
  holder: ModeHolder;
  flavor: Flavor;
  rollback: boolean;
  persist: boolean;
  diagnostics: readonly ScriptDiagnostic[];
  /** The switch that skips the cluster part: `-NodeOnly` (PowerShell) or `--node-only` (bash). */
  nodeOnly: string;
}

const WHAT: Record<ModeHolder, string> = {
  'cluster-windows': 'WSFC IP Address resources own the frontend IPs on the active node (SQL Server listener / FCI); no loopback',
  'cluster-pacemaker': 'Pacemaker IPaddr2 + azure-lb groups hold the frontend IPs on the active node; no loopback',
  appliance: 'forwarding appliance (NVA): packets keep their original destination; no loopback, no listener',
};

/** Comment lines (without the marker) for a cluster or appliance script. */
export function modeHeaderLines(h: ModeHeaderInput): string[] {
  const { plan } = h;
  const c = commentText;
  const linux = !h.flavor.startsWith('windows');
  const nodes = [plan.vm.name, ...plan.peers].map(c).join(', ');
  const out = [
    `Floatplan guest OS ${h.rollback ? 'ROLLBACK ' : ''}script, flavour ${h.flavor}, frontendIpHolder ${h.holder}${h.persist || !linux ? '' : ', runtime only (--no-persist)'}`,
    `Topology: ${c(plan.topology)}`,
    `VM: ${c(plan.vm.name)} (os ${plan.vm.os}), NIC ${c(plan.vm.nic.name)} ${plan.vm.nic.ip}`,
    `Mode: ${WHAT[h.holder]}.`,
    `Procedure: ${procedureSource(h.holder, h.flavor)}`,
  ];
  if (h.holder === 'appliance') {
    out.push(`WHERE TO RUN: on every appliance of the pool (${nodes}); each VM gets its own script.`);
  } else {
    out.push(
      `WHERE TO RUN: part 1 (this node) on EVERY cluster node (${nodes});`,
      `  part 2 (the cluster resources) ONCE, on ONE node: run that node's own script in full, and each other node's own`,
      `  script with ${h.nodeOnly}. This script is for ${c(plan.vm.name)} only: its firewall rules name its NIC IP ${plan.vm.nic.ip}.`,
      '  Part 2 checks before it changes anything, so running it again changes nothing.',
    );
  }
  if (h.rollback) out.push(`Removes what the matching configuration script adds; safe to run more than once.`);
  out.push(plan.listens.length ? 'Rules served:' : 'Rules served: none (no load-balancing rule reaches this VM).');
  for (const l of plan.listens) {
    const to =
      l.on === 'none'
        ? 'forwarded, original destination kept (no listener here)'
        : `listen on ${l.port === 0 ? `${l.address} (every port)` : formatEndpoint(l.address, l.port)} (${l.on === 'cluster' ? "the active node's NIC, added by the cluster" : l.on === 'nic' ? 'NIC, floating IP off' : 'loopback, floating IP'})`;
    out.push(
      `  ${c(listenLabel(l))}: frontend ${c(l.frontend)} ${l.frontendIp} ${l.protocol} ${l.frontendPort === 0 ? 'every port' : `port ${l.frontendPort}`} -> ${to}`,
    );
  }
  if (plan.probes.length) {
    out.push(
      h.holder === 'appliance'
        ? 'Health probes (answered by a service on the appliance, on its NIC IP):'
        : 'Health probes (answered only on the node that runs the cluster resource):',
    );
    for (const p of plan.probes) out.push(`  ${c(p.name)}: ${p.protocol} port ${p.port} on ${p.address}`);
  }
  out.push('Health probes come from 168.63.129.16 (service tag AzureLoadBalancer) to the NIC IP.');
  for (const d of h.diagnostics) out.push(`${d.severity.toUpperCase()} ${d.code}: ${c(messageOf(d))}`);
  out.push(`Run as ${linux ? 'root' : 'Administrator'}; stops on the first error; running it twice changes nothing the second time.`);
  return out;
}
