import { formatEndpoint } from '../net/address';
import type { ScriptDiagnostic } from './diagnostics';
import { listenLabel, type VmPlan } from './plan';
import { commentText } from './quote';
import { shared } from './shared';
import type { Flavor } from './types';
import { messageOf } from '../diagnostics/diagnostic';

export interface HeaderInput {
  plan: VmPlan;
  flavor: Flavor;
  rollback: boolean;
  docExact: boolean;
  persist: boolean;
  prefix: { 4: number; 6: number };
  diagnostics: readonly ScriptDiagnostic[];
  /** The table of the script that lists the rules served (LISTENS, $Listens): the header then counts them only. */
  rulesTable?: string;
}

const port = (p: number) => (p === 0 ? 'every port' : `port ${p}`);
const endpoint = (ip: string, p: number) => (p === 0 ? `${ip} (every port)` : formatEndpoint(ip, p));

/**
 * The comment lines every script starts with (without the comment marker): topology, VM, rules served,
 * health-probe notes and warnings. Deterministic: no timestamps, no random values. User text is escaped by
 * {@link commentText} so it cannot leave the comment.
 */
export function headerLines(h: HeaderInput): string[] {
  const { plan } = h;
  const linux = !h.flavor.startsWith('windows');
  const c = commentText;
  const out = [
    `Floatplan guest OS ${h.rollback ? 'ROLLBACK ' : ''}script, flavour ${h.flavor}${h.docExact ? ' (doc-exact)' : ''}${h.persist || h.docExact ? '' : ', runtime only (--no-persist)'}`,
    `Topology: ${c(plan.topology)}`,
    `VM: ${c(plan.vm.name)} (os ${plan.vm.os}), NIC ${c(plan.vm.nic.name)} ${plan.vm.nic.ip}`,
  ];
  if (!linux && !h.persist && !h.docExact)
    out.push('--no-persist has no effect on Windows: netsh and the NetTCPIP/NetSecurity cmdlets write the persistent store.');
  if (h.rollback) out.push('Removes exactly what the matching configuration script adds; safe to run more than once.');
  const served = plan.rules.length + plan.natRules.length;
  if (!served) out.push('Rules served: none (no load-balancing rule reaches this VM; nothing to configure).');
  else if (h.rulesTable)
    out.push(
      h.rollback
        ? `Rules served: ${served} (the configuration script lists them).`
        : `Rules served: ${served}, listed in ${h.rulesTable} below with where each service must listen.`,
    );
  else {
    out.push('Rules served:');
    // The same lines head a script and its rollback: made once per plan.
    out.push(
      ...shared(plan.listens, 'header', () =>
        plan.listens.map((l) => {
          const where = l.on === 'loopback' ? 'loopback, floating IP' : 'NIC, floating IP off';
          return `  ${c(listenLabel(l))}: frontend ${c(l.frontend)} ${l.frontendIp} ${l.protocol} ${port(l.frontendPort)} -> listen on ${endpoint(l.address, l.port)} (${where})`;
        }),
      ),
    );
  }
  if (plan.loopback.length) {
    out.push(`Loopback prefix: /${h.prefix[4]} for IPv4, /${h.prefix[6]} for IPv6. A wider prefix makes the whole range local, so the VM`);
    out.push('  could no longer reach its neighbours in it (Floatplan warning LoopbackPrefixTooWide).');
  }
  out.push(...probeNotes(plan, linux));
  out.push('Outbound: flows the VM opens must use the NIC primary IP; an application bound to the frontend IP cannot connect out.');
  for (const d of h.diagnostics) out.push(`${d.severity.toUpperCase()} ${d.code}: ${c(messageOf(d))}`);
  if (!h.docExact)
    out.push(`Run as ${linux ? 'root' : 'Administrator'}; stops on the first error; running it twice changes nothing the second time.`);
  return out;
}

function probeNotes(plan: VmPlan, linux: boolean): string[] {
  const out: string[] = [];
  if (plan.probes.length) {
    out.push('Health probes (their ports are opened on the NIC IP):');
    for (const p of plan.probes) out.push(`  ${commentText(p.name)}: ${p.protocol} port ${p.port} on ${p.address}`);
  }
  out.push('Health probes come from 168.63.129.16 (IPv6: a link-local address) to the NIC IP, never to the frontend IP;');
  out.push('  answer them on the NIC IP (or all addresses), from the service that serves the rule.');
  if (linux) {
    out.push('Probe guidance (SAP on Azure): TCP timestamps make probes fail; Microsoft asks for net.ipv4.tcp_timestamps=0.');
    out.push('  This script does not change it; check with: sysctl net.ipv4.tcp_timestamps');
  }
  return out;
}
